#!/usr/bin/python3
"""gshhg.py writes the GSHHG shoreline inside a box as text, one segment
after another: a line ">" and then "lon lat" per point.

It reads GMT's binned netCDF file of GSHHG (Debian's gmt-gshhg-full:
/usr/share/gmt-gshhg/binned_GSHHS_f.nc, full resolution, WGS 84) with GDAL's
multidimensional API (Debian's python3-gdal), and decodes the binned layout
as GMT's gmt_shore.c does: the world is cut into square bins (here 1°),
numbered from the north-west corner eastwards, row by row; each bin holds
segments of shoreline clipped to it, each segment its points as unsigned
16-bit offsets from the bin's south-west corner (65535 = one bin), and a
packed word: points << 9 | level << 6 | exit and entry sides. Level 1 is
the shore between land and ocean; the others (lakes, islands in lakes)
are left out.

usage: gshhg.py FILE WEST EAST SOUTH NORTH > shore.txt
"""
import sys

from osgeo import gdal


def main():
    path = sys.argv[1]
    west, east, south, north = map(float, sys.argv[2:6])
    ds = gdal.OpenEx(path, gdal.OF_MULTIDIM_RASTER)
    if ds is None:
        sys.exit("gshhg.py: cannot open " + path)
    root = ds.GetRootGroup()

    def read(name):
        return root.OpenMDArray(name).ReadAsArray()

    bin_minutes = int(read("Bin_size_in_minutes")[0])
    nx = int(read("N_bins_in_360_longitude_range")[0])
    bsize = bin_minutes / 60.0
    first_seg = read("Id_of_first_segment_in_a_bin")
    n_seg = read("N_segments_in_a_bin")
    info = read("Embedded_npts_levels_exit_entry_for_a_segment")
    first_pt = read("Id_of_first_point_in_a_segment")
    dx = read("Relative_longitude_from_SW_corner_of_bin").astype("int64") & 0xFFFF
    dy = read("Relative_latitude_from_SW_corner_of_bin").astype("int64") & 0xFFFF
    scale = bsize / 65535.0

    out = sys.stdout
    segments = points = 0
    for b in range(len(first_seg)):
        lon_sw = (b % nx) * bsize
        lat_sw = 90.0 - (b // nx + 1) * bsize
        if lon_sw > 180:
            lon_sw -= 360
        if lon_sw > east or lon_sw + bsize < west or lat_sw > north or lat_sw + bsize < south:
            continue
        for s in range(int(first_seg[b]), int(first_seg[b]) + int(n_seg[b])):
            word = int(info[s])
            n, level = word >> 9, (word >> 6) & 7
            if level != 1 or n < 2:
                continue
            start = int(first_pt[s])
            out.write(">\n")
            for i in range(start, start + n):
                out.write("%.7f %.7f\n" % (lon_sw + dx[i] * scale, lat_sw + dy[i] * scale))
            segments += 1
            points += n
    print("gshhg.py: %d segments, %d points of level 1 in %g..%g, %g..%g" % (segments, points, west, east, south, north), file=sys.stderr)


if __name__ == "__main__":
    main()
