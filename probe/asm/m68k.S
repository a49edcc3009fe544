| Probe for m68k: uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	lea	%sp@(-512), %sp
	movel	#122, %d0		| newuname
	movel	%sp, %d1
	trap	#0
	movel	#4, %d0			| write
	movel	#1, %d1
	lea	%sp@(260), %a0		| utsname.machine
	movel	%a0, %d2
	movel	#65, %d3
	trap	#0
	movel	#1, %d0			| exit
	clrl	%d1
	trap	#0
