/*
 * bcryptprimitives.c: a stand-in for Windows' bcryptprimitives.dll, for running the
 * Windows build under Wine 8 in the release checks only (never shipped).
 *
 * Go 1.22 and later read random numbers with ProcessPrng from bcryptprimitives.dll,
 * which Windows 10 and 11 have and Wine 8 lacks; without it the program stops at start
 * with "bcryptprimitives.dll not found". This ProcessPrng fills the buffer from
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 *
 *   x86_64-w64-mingw32-gcc -O2 -shared -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
