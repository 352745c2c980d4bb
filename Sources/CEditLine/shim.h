// libedit's histedit.h uses FILE without including stdio.h itself.
#include <stdio.h>
#include <histedit.h>
