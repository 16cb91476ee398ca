@echo off
rem The companion's launcher for Windows. It builds the project when the sources are newer than
rem the compiled classes, then runs what you asked for. See README.md.
setlocal EnableExtensions EnableDelayedExpansion

set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "CLASSES=%HERE%\target\classes"
set "STAMP=%CLASSES%\backprop\Main.class"

rem Korean text: switch the console to UTF-8 for this session.
chcp 65001 >nul

set "JSHELL=jshell"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\jshell.exe" set "JSHELL=%JAVA_HOME%\bin\jshell.exe"

if /i "%~1"=="jshell" goto :jshell
if /i "%~1"=="build" goto :build
if "%~1"=="" goto :usage
if /i "%~1"=="help" goto :usage
echo companion: unknown command '%~1' 1>&2
call :usage 1>&2
exit /b 2

:usage
echo usage: companion.cmd jshell N     run chapter N's walkthrough in jshell, then stay at its prompt
echo        companion.cmd build        compile the project (tests skipped)
exit /b 0

:build
echo companion: compiling (mvn -q -DskipTests compile) ... 1>&2
call mvn -q -B -DskipTests -f "%HERE%\pom.xml" compile
if errorlevel 1 (
    echo companion: the build failed; run 'mvn compile' to see why 1>&2
    exit /b 1
)
exit /b 0

:needs_build
rem Sets NEEDS_BUILD=1 when the classes are missing or a source file is newer than them.
set "NEEDS_BUILD=0"
if not exist "%STAMP%" ( set "NEEDS_BUILD=1" & exit /b 0 )
powershell -NoProfile -NonInteractive -Command ^
  "$s=(Get-Item -LiteralPath '%STAMP%').LastWriteTime; $n=Get-ChildItem -LiteralPath '%HERE%\src\main','%HERE%\pom.xml' -Recurse -File | Where-Object { $_.LastWriteTime -gt $s } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 set "NEEDS_BUILD=1"
exit /b 0

:jshell
set "N=%~2"
if "%N%"=="" ( call :usage 1>&2 & exit /b 2 )
if "%N:~1%"=="" set "N=0%N%"
set "SCRIPT="
for %%f in ("%HERE%\jshell-scripts\%N%-*.jsh") do set "SCRIPT=%%~ff"
if not defined SCRIPT (
    echo companion: there is no chapter %~2; the walkthroughs are in jshell-scripts\ 1>&2
    exit /b 2
)
call :needs_build
if "%NEEDS_BUILD%"=="1" ( call :build || exit /b 1 )
rem -J: the jshell tool's VM; -R: the VM that runs the snippets. See the Linux launcher for why.
"%JSHELL%" -J-XX:TieredStopAtLevel=1 ^
    -J-Dfile.encoding=UTF-8 -J-Dsun.stdout.encoding=UTF-8 -J-Dsun.stderr.encoding=UTF-8 ^
    -R-Dfile.encoding=UTF-8 ^
    -J-cp "-J%CLASSES%" --execution companion ^
    --class-path "%CLASSES%" ^
    "%SCRIPT%"
exit /b %ERRORLEVEL%
