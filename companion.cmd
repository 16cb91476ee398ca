@echo off
rem The companion's launcher for Windows. It builds the project when the sources are newer than
rem what was built, then runs what you asked for. See README.md.
setlocal EnableExtensions

set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "CLASSES=%HERE%\target\classes"
set "JAR=%HERE%\target\backprop-companion-all.jar"

rem Korean text: switch the console to UTF-8 for this session.
chcp 65001 >nul

set "JAVA=java"
set "JSHELL=jshell"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\jshell.exe" set "JSHELL=%JAVA_HOME%\bin\jshell.exe"

if "%~1"=="" goto :jar
if /i "%~1"=="shell" goto :jar
if /i "%~1"=="tour" goto :jar
if /i "%~1"=="read" goto :jar
if /i "%~1"=="html" goto :jar
if /i "%~1"=="grade" goto :jar
if /i "%~1"=="watch" goto :jar
if /i "%~1"=="reset" goto :jar
if /i "%~1"=="digits" goto :jar
if /i "%~1"=="matrix" goto :jar
if /i "%~1"=="benchmark" goto :jar
if /i "%~1"=="jshell" goto :jshell
if /i "%~1"=="build" ( call :build package & exit /b %ERRORLEVEL% )
if /i "%~1"=="help" goto :usage
if /i "%~1"=="-h" goto :usage
if /i "%~1"=="--help" goto :usage
echo companion: unknown command '%~1' 1>&2
call :usage 1>&2
exit /b 2

:usage
echo usage: companion.cmd              the companion shell: jshell plus /read, /tour, /grade (/help inside)
echo        companion.cmd tour N       print chapter N's walkthrough, each snippet with its output
echo        companion.cmd read N       print chapter N's text (80 columns, or COLUMNS)
echo        companion.cmd html         write the chapters as web pages to target\html\ (open index.html)
echo        companion.cmd grade [id]   grade the exercises, all or one (e.g. 5.1); exit code 0 if all pass
echo        companion.cmd grade --submissions DIR   grade a class (README: for instructors)
echo        companion.cmd watch [id]   grade the current exercise on every save, then the next
echo        companion.cmd reset ID     restore exercise ID's original skeleton (asks first)
echo        companion.cmd jshell N [M ...]
echo                                   run chapter N's walkthrough (then M's, ...) in plain jshell, then stay
echo                                   at its prompt
echo        companion.cmd digits       train the chapter-5 network on handwritten digits (chapter 6)
echo        companion.cmd matrix       train chapter 7's TwoLayerNet on the digits in mini-batches (chapter 7)
echo        companion.cmd benchmark    chapter 6's trainers against each other, then against chapter 7's batches
echo        companion.cmd build        build the project (tests skipped)
echo.
echo environment: COMPANION_JAVA_OPTS     options for the companion's own VM (shell, tour, grade;
echo                                      jshell's with companion.cmd jshell)
echo              COMPANION_SNIPPET_OPTS  options for the VM that runs the snippets, e.g. -Xmx2g
exit /b 0

:build
rem Through the Maven Wrapper, which fetches Maven itself the first time: a JDK is all the build needs.
echo companion: building (mvnw.cmd -q -DskipTests %1) ... 1>&2
call "%HERE%\mvnw.cmd" -q -B -DskipTests -f "%HERE%\pom.xml" %1
if errorlevel 1 (
    echo companion: the build failed; run 'mvnw.cmd -DskipTests %1' to see why 1>&2
    exit /b 1
)
exit /b 0

:stale
rem Sets STALE=1 when %1 is missing or a source file or the pom is newer than it.
set "STALE=0"
if not exist "%~1" ( set "STALE=1" & exit /b 0 )
powershell -NoProfile -NonInteractive -Command ^
  "$s=(Get-Item -LiteralPath '%~1').LastWriteTime; $n=Get-ChildItem -LiteralPath '%HERE%\src\main','%HERE%\pom.xml' -Recurse -File | Where-Object { $_.LastWriteTime -gt $s } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 set "STALE=1"
exit /b 0

:jar
call :stale "%JAR%"
if "%STALE%"=="1" ( call :build package || exit /b 1 )
rem For the shell, C1 alone starts faster; training (digits, matrix, benchmark) wants the full JIT.
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="digits" set "JIT="
if /i "%~1"=="matrix" set "JIT="
if /i "%~1"=="benchmark" set "JIT="
"%JAVA%" %JIT% -XX:+UseSerialGC -Xshare:auto ^
    -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 ^
    "-Dcompanion.home=%HERE%" %COMPANION_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:jshell
if "%~2"=="" ( call :usage 1>&2 & exit /b 2 )
rem The chapters' numbers become their scripts, in the order given.
set "SCRIPTS="
shift
:jshell_chapter
if "%~1"=="" goto :jshell_run
set "N=%~1"
if "%N:~1%"=="" set "N=0%N%"
set "SCRIPT="
for %%f in ("%HERE%\jshell-scripts\%N%-*.jsh") do set "SCRIPT=%%~ff"
if not defined SCRIPT (
    echo companion: there is no chapter %~1; the walkthroughs are in jshell-scripts\ 1>&2
    exit /b 2
)
set SCRIPTS=%SCRIPTS% "%SCRIPT%"
shift
goto :jshell_chapter

:jshell_run
call :stale "%CLASSES%\backprop\Format.class"
if "%STALE%"=="1" ( call :build compile || exit /b 1 )
rem COMPANION_JAVA_OPTS for the jshell tool's VM (-J), COMPANION_SNIPPET_OPTS for the snippets' (-R).
rem Each space becomes " -J" (" -R"): a for loop would split -Dname=value at the "=".
set "EXTRA="
if defined COMPANION_JAVA_OPTS set "EXTRA=-J%COMPANION_JAVA_OPTS: = -J%"
if defined COMPANION_SNIPPET_OPTS set "EXTRA=%EXTRA% -R%COMPANION_SNIPPET_OPTS: = -R%"
rem -J: the jshell tool's VM; -R: the VM that runs the snippets. See the Linux launcher for why.
"%JSHELL%" -J-XX:TieredStopAtLevel=1 ^
    -J-Dfile.encoding=UTF-8 -J-Dsun.stdout.encoding=UTF-8 -J-Dsun.stderr.encoding=UTF-8 ^
    -R-Dfile.encoding=UTF-8 -R-XX:TieredStopAtLevel=1 -R-XX:+UseSerialGC ^
    -J-cp "-J%CLASSES%" --execution companion ^
    --class-path "%CLASSES%" ^
    %EXTRA% %SCRIPTS%
exit /b %ERRORLEVEL%
