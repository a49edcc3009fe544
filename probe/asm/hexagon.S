// Probe for hexagon: uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
// Debian has no Hexagon cross assembler, so build.mjs encodes these instructions itself (only
// add(Rs,#s16), Rd=#s16 and trap0, each alone in its packet). r29 is the stack pointer, r6 the
// call number, r0.. the arguments.
	.text
	r29 = add(r29, #-512)
	r0 = add(r29, #0)
	r6 = #160		// uname
	trap0(#1)
	r0 = #1
	r1 = add(r29, #260)	// utsname.machine
	r2 = #65
	r6 = #64		// write
	trap0(#1)
	r0 = #0
	r6 = #93		// exit
	trap0(#1)
