// Reference solution of exercise 4.1.
import backprop.graph.*;

double applePrice = 100, appleCount = 2, orangePrice = 150, orangeCount = 3, tax = 1.1;
double appleTotal = applePrice * appleCount;
double orangeTotal = orangePrice * orangeCount;
double beforeTax = appleTotal + orangeTotal;
double amountPaid = beforeTax * tax;

double dAmountPaid = 1;

double dBeforeTax = dAmountPaid * tax;
double dTax = dAmountPaid * beforeTax;
double dAppleTotal = dBeforeTax * 1;
double dOrangeTotal = dBeforeTax * 1;
double dApplePrice = dAppleTotal * appleCount;
double dAppleCount = dAppleTotal * applePrice;
double dOrangePrice = dOrangeTotal * orangeCount;
double dOrangeCount = dOrangeTotal * orangePrice;

GraphExercises.printShopping2Backward(dBeforeTax, dTax, dAppleTotal, dOrangeTotal,
        dApplePrice, dAppleCount, dOrangePrice, dOrangeCount);
