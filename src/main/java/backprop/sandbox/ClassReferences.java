package backprop.sandbox;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a class file refers to: its name, its superclass and interfaces, and every field and
 * method it can reach, read from its constant pool.
 *
 * <p>A class can only touch another class's members through a {@code Fieldref}, {@code Methodref}
 * or {@code InterfaceMethodref} entry of its constant pool (method handles and bootstrap methods
 * point at those entries too), and it inherits only from its declared supertypes; so these lists
 * are everything a snippet's code can call, read or extend. Names are internal names
 * ({@code java/lang/String}).
 *
 * @param name       the class itself
 * @param superName  its superclass; null for {@code java/lang/Object} alone
 * @param interfaces the interfaces it implements
 * @param members    every field and method it refers to
 */
public record ClassReferences(String name, String superName, List<String> interfaces, List<Member> members) {

    public ClassReferences {
        interfaces = List.copyOf(interfaces);
        members = List.copyOf(members);
    }

    /** A field or method of {@code owner}, as the constant pool names it. */
    public record Member(String owner, String name, String descriptor) {
        public boolean isConstructor() {
            return name.equals("<init>");
        }

        /** {@code java.lang.System.exit}: how messages name it. */
        @Override
        public String toString() {
            return owner.replace('/', '.') + "." + name;
        }
    }

    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int FLOAT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int FIELD_REF = 9;
    private static final int METHOD_REF = 10;
    private static final int INTERFACE_METHOD_REF = 11;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_HANDLE = 15;
    private static final int METHOD_TYPE = 16;
    private static final int DYNAMIC = 17;
    private static final int INVOKE_DYNAMIC = 18;
    private static final int MODULE = 19;
    private static final int PACKAGE = 20;

    /** Reads a class file; throws {@link IllegalArgumentException} for bytes that are not one. */
    public static ClassReferences of(byte[] classFile) {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(classFile)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("classFile is not a readable class file (" + e + ")", e);
        }
    }

    private static ClassReferences read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("no class file magic number");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        int[] tag = new int[count];
        String[] utf8 = new String[count];
        int[] first = new int[count];   // Class: name; refs: class; NameAndType: name
        int[] second = new int[count];  // refs: name-and-type; NameAndType: descriptor
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case UTF8 -> utf8[i] = in.readUTF();
                case INTEGER, FLOAT -> in.readInt();
                case LONG, DOUBLE -> {
                    in.readLong();
                    i++; // takes two entries
                }
                case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> first[i] = in.readUnsignedShort();
                case FIELD_REF, METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case METHOD_HANDLE -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort(); // points at a ref entry, which is listed on its own
                }
                default -> throw new IOException("unknown constant pool tag " + tag[i] + " at " + i);
            }
        }
        List<Member> members = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] == FIELD_REF || tag[i] == METHOD_REF || tag[i] == INTERFACE_METHOD_REF) {
                int nameAndType = second[i];
                members.add(new Member(utf8[first[first[i]]], utf8[first[nameAndType]], utf8[second[nameAndType]]));
            }
        }
        in.readUnsignedShort(); // access flags
        String name = utf8[first[in.readUnsignedShort()]];
        int superIndex = in.readUnsignedShort();
        String superName = superIndex == 0 ? null : utf8[first[superIndex]];
        int interfaceCount = in.readUnsignedShort();
        List<String> interfaces = new ArrayList<>();
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(utf8[first[in.readUnsignedShort()]]);
        }
        return new ClassReferences(name, superName, interfaces, members);
    }
}
