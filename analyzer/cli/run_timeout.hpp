#pragma once
/// --timeout: a bound on the whole run. When it passes, archlint says so on
/// standard error, removes the temporary file it may be writing, and exits
/// with status 2; a layout running in its child process dies with it.

namespace archlint {

/// Arms the bound: `seconds` from now the run stops.
void stop_after(double seconds);

}  // namespace archlint
