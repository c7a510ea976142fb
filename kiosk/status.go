package kiosk

// StaffExitStatus is the exit status of the app after a staff exit (hidden
// gesture or Ctrl+Alt+Shift+Q, then the right PIN): success. A kiosk has no
// other way to end with it, so the systemd unit in deploy/ lists it in
// RestartPreventExitStatus and the kiosk stays closed for maintenance instead
// of coming back two seconds later; any other exit, crash or kill is restarted.
const StaffExitStatus = 0
