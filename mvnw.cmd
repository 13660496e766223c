@REM HallFlow's Maven wrapper for Windows: uses the Maven on the PATH (3.6.3 or newer).
@REM See mvnw and docs/decisions/0006-maven-wrapper.md.
@echo off
where mvn >nul 2>nul
if errorlevel 1 (
  echo mvnw: no Maven found on the PATH. Install Maven 3.6.3 or newer. 1>&2
  exit /b 1
)
mvn %*
