// Behavioural simulation model of the Lattice ECP5 DP16KD block RAM (16 Kbit + parity, two
// ports), for scripts/fpga-equiv.sh and scripts/test-ecp5-models.sh. yosys 0.70 ships DP16KD
// only as a blackbox (share/ecp5/cells_sim.v), so a synth_ecp5 netlist with block RAM cannot
// be simulated without this file.
//
// What was read:
//   - yosys 0.70 share/lattice/brams_16kd.txt and brams_map_16kd.v: how memory_libmap maps a
//     memory onto DP16KD ($__DP16KD_, true dual port, widths 1 2 4 9 18) and onto DP16KD with
//     DATA_WIDTH_A = DATA_WIDTH_B = 36 ($__PDPW16KD_, the 36-bit pseudo dual port: A writes,
//     B reads); INITVAL_xx layout; AD[1:0] (x18) and AD[3:0] (x36) as byte enables;
//     WRITEMODE NORMAL = "rdwr no_change", WRITETHROUGH = "rdwr new", READBEFOREWRITE =
//     "rdwr old"; read output initially zero ("rdinit zero"); no write->read transparency
//     between the two ports.
//   - Lattice TN1264 (ECP5 and ECP5-5G Memory Usage Guide), DP16KD and PDPW16KD sections, as the
//     behavioural reference: port widths x1/x2/x4/x9/x18, address pins per width (x1 AD13:0,
//     x2 AD13:1, x4 AD13:2, x9 AD13:3, x18 AD13:4 with AD1:0 byte enables, x36 AD13:5 with
//     AD3:0 byte enables), the three write modes, CE clock enable, CS[2:0] against CSDECODE,
//     NOREG output (data at the output after the clock edge).
//   - nextpnr ecp5/pack.cc, which converts PDPW16KD to DP16KD (DATA_WIDTH_A = 36) with
//     DI[17:0] -> DIA, DI[35:18] -> DIB, but DO[17:0] -> DOB and DO[35:18] -> DOA.
//
// Storage: 1024 rows of 18 bits, row r = INITVAL_xx[i*20 +: 18] with xx = r / 16, i = r % 16
// (bits 18, 19 of each 20-bit slot are ignored). A port of width W sees, at row AD[13:4]:
//   x18: the whole row (byte 0 = bits 8:0 enabled by AD0, byte 1 = bits 17:9 by AD1)
//   x9 : bits 9*AD3 +: 9
//   x4, x2, x1: the 16 data bits of the row (bits 7:0 and 16:9, parity bits 8 and 17 unused),
//        lane AD[3:2] / AD[3:1] / AD[3:0] of width W in that order
//   x36: rows 2*AD[13:5] (word bits 17:0) and 2*AD[13:5]+1 (word bits 35:18); byte enables
//        ADA0..ADA3 for word bits 8:0, 17:9, 26:18, 35:27; write data {DIB, DIA}.
// This is the layout yosys's INIT slicing assumes (it is the only layout under which yosys's
// mixed-width mappings and INITVAL contents are consistent); ASSUMED to be the silicon's.
//
// ASSUMPTION, x36 read data order (DEFINE ECP5_X36_DO_NEXTPNR to switch): by default
// DOA = word bits 17:0 and DOB = word bits 35:18, as yosys 0.70's brams_map_16kd.v connects
// them. nextpnr's own PDPW16KD conversion assigns the opposite (DOB = DO[17:0]); if that is
// what the silicon does, yosys's direct x36 DP16KD instances read back with their halves
// swapped. With +define+ECP5_X36_DO_NEXTPNR the model follows nextpnr instead.
//
// Per port, at the active clock edge (CLKxMUX "CLKx" = rising, "INV" = falling), when CEx = 1
// and {CSx2, CSx1, CSx0} equals CSDECODE_x:
//   WEx = 1: the enabled bits are written; the port's output (REGMODE NOREG) then shows
//     NORMAL: its previous value (unchanged), WRITETHROUGH: the word after the write (bytes
//     not enabled keep their old contents), READBEFOREWRITE: the word before the write.
//   WEx = 0: the output shows the addressed word.
// CE = 0 or CS not selected: no write, output unchanged. Outputs start at 0. Output bits above
// the port width are X. In x36 mode port A only writes (its DOA pins carry read data of port B)
// and port B only reads (WEB = 1 stops the simulation).
// Reads and writes at one edge see the memory from before that edge's writes. Both ports at the
// same edge on overlapping bits (undefined in TN1264): a read gets X in those bits, and two
// writes store X. X on CE/WE/CS/address/byte enable during a possible write makes the whole
// memory X (loud, conservative); X on a read address makes the output X.
//
// NOT supported (stop the simulation with $fatal): REGMODE other than NOREG; RSTA/RSTB other
// than 0 (the output reset is not modelled: RESETMODE and ASYNC_RESET_RELEASE are then
// irrelevant and accepted); DATA_WIDTH other than 1, 2, 4, 9, 18, or 36 on both ports; WRITEMODE
// other than NORMAL/WRITETHROUGH/READBEFOREWRITE; CLKxMUX other than CLKx/INV; any other
// *MUX parameter not at its default (pin name, that is no inversion or constant); INIT_DATA other
// than "STATIC"; CSDECODE not of the form "0bXYZ". GSR and WID are accepted and ignored (no
// global set/reset pulse is simulated).
module DP16KD(
    input  DIA17, DIA16, DIA15, DIA14, DIA13, DIA12, DIA11, DIA10, DIA9,
           DIA8, DIA7, DIA6, DIA5, DIA4, DIA3, DIA2, DIA1, DIA0,
    input  ADA13, ADA12, ADA11, ADA10, ADA9, ADA8, ADA7, ADA6, ADA5, ADA4,
           ADA3, ADA2, ADA1, ADA0,
    input  CEA, OCEA, CLKA, WEA, RSTA, CSA2, CSA1, CSA0,
    output DOA17, DOA16, DOA15, DOA14, DOA13, DOA12, DOA11, DOA10, DOA9,
           DOA8, DOA7, DOA6, DOA5, DOA4, DOA3, DOA2, DOA1, DOA0,
    input  DIB17, DIB16, DIB15, DIB14, DIB13, DIB12, DIB11, DIB10, DIB9,
           DIB8, DIB7, DIB6, DIB5, DIB4, DIB3, DIB2, DIB1, DIB0,
    input  ADB13, ADB12, ADB11, ADB10, ADB9, ADB8, ADB7, ADB6, ADB5, ADB4,
           ADB3, ADB2, ADB1, ADB0,
    input  CEB, OCEB, CLKB, WEB, RSTB, CSB2, CSB1, CSB0,
    output DOB17, DOB16, DOB15, DOB14, DOB13, DOB12, DOB11, DOB10, DOB9,
           DOB8, DOB7, DOB6, DOB5, DOB4, DOB3, DOB2, DOB1, DOB0
);
    parameter DATA_WIDTH_A = 18;
    parameter DATA_WIDTH_B = 18;
    parameter REGMODE_A = "NOREG";
    parameter REGMODE_B = "NOREG";
    parameter RESETMODE = "SYNC";
    parameter ASYNC_RESET_RELEASE = "SYNC";
    parameter CSDECODE_A = "0b000";
    parameter CSDECODE_B = "0b000";
    parameter WRITEMODE_A = "NORMAL";
    parameter WRITEMODE_B = "NORMAL";
    parameter CLKAMUX = "CLKA";
    parameter CLKBMUX = "CLKB";
    parameter DIA0MUX = "DIA0";
    parameter DIA1MUX = "DIA1";
    parameter DIA2MUX = "DIA2";
    parameter DIA3MUX = "DIA3";
    parameter DIA4MUX = "DIA4";
    parameter DIA5MUX = "DIA5";
    parameter DIA6MUX = "DIA6";
    parameter DIA7MUX = "DIA7";
    parameter DIA8MUX = "DIA8";
    parameter DIA9MUX = "DIA9";
    parameter DIA10MUX = "DIA10";
    parameter DIA11MUX = "DIA11";
    parameter DIA12MUX = "DIA12";
    parameter DIA13MUX = "DIA13";
    parameter DIA14MUX = "DIA14";
    parameter DIA15MUX = "DIA15";
    parameter DIA16MUX = "DIA16";
    parameter DIA17MUX = "DIA17";
    parameter ADA0MUX = "ADA0";
    parameter ADA1MUX = "ADA1";
    parameter ADA2MUX = "ADA2";
    parameter ADA3MUX = "ADA3";
    parameter ADA4MUX = "ADA4";
    parameter ADA5MUX = "ADA5";
    parameter ADA6MUX = "ADA6";
    parameter ADA7MUX = "ADA7";
    parameter ADA8MUX = "ADA8";
    parameter ADA9MUX = "ADA9";
    parameter ADA10MUX = "ADA10";
    parameter ADA11MUX = "ADA11";
    parameter ADA12MUX = "ADA12";
    parameter ADA13MUX = "ADA13";
    parameter CEAMUX = "CEA";
    parameter OCEAMUX = "OCEA";
    parameter WEAMUX = "WEA";
    parameter RSTAMUX = "RSTA";
    parameter CSA0MUX = "CSA0";
    parameter CSA1MUX = "CSA1";
    parameter CSA2MUX = "CSA2";
    parameter DOA0MUX = "DOA0";
    parameter DOA1MUX = "DOA1";
    parameter DOA2MUX = "DOA2";
    parameter DOA3MUX = "DOA3";
    parameter DOA4MUX = "DOA4";
    parameter DOA5MUX = "DOA5";
    parameter DOA6MUX = "DOA6";
    parameter DOA7MUX = "DOA7";
    parameter DOA8MUX = "DOA8";
    parameter DOA9MUX = "DOA9";
    parameter DOA10MUX = "DOA10";
    parameter DOA11MUX = "DOA11";
    parameter DOA12MUX = "DOA12";
    parameter DOA13MUX = "DOA13";
    parameter DOA14MUX = "DOA14";
    parameter DOA15MUX = "DOA15";
    parameter DOA16MUX = "DOA16";
    parameter DOA17MUX = "DOA17";
    parameter DIB0MUX = "DIB0";
    parameter DIB1MUX = "DIB1";
    parameter DIB2MUX = "DIB2";
    parameter DIB3MUX = "DIB3";
    parameter DIB4MUX = "DIB4";
    parameter DIB5MUX = "DIB5";
    parameter DIB6MUX = "DIB6";
    parameter DIB7MUX = "DIB7";
    parameter DIB8MUX = "DIB8";
    parameter DIB9MUX = "DIB9";
    parameter DIB10MUX = "DIB10";
    parameter DIB11MUX = "DIB11";
    parameter DIB12MUX = "DIB12";
    parameter DIB13MUX = "DIB13";
    parameter DIB14MUX = "DIB14";
    parameter DIB15MUX = "DIB15";
    parameter DIB16MUX = "DIB16";
    parameter DIB17MUX = "DIB17";
    parameter ADB0MUX = "ADB0";
    parameter ADB1MUX = "ADB1";
    parameter ADB2MUX = "ADB2";
    parameter ADB3MUX = "ADB3";
    parameter ADB4MUX = "ADB4";
    parameter ADB5MUX = "ADB5";
    parameter ADB6MUX = "ADB6";
    parameter ADB7MUX = "ADB7";
    parameter ADB8MUX = "ADB8";
    parameter ADB9MUX = "ADB9";
    parameter ADB10MUX = "ADB10";
    parameter ADB11MUX = "ADB11";
    parameter ADB12MUX = "ADB12";
    parameter ADB13MUX = "ADB13";
    parameter CEBMUX = "CEB";
    parameter OCEBMUX = "OCEB";
    parameter WEBMUX = "WEB";
    parameter RSTBMUX = "RSTB";
    parameter CSB0MUX = "CSB0";
    parameter CSB1MUX = "CSB1";
    parameter CSB2MUX = "CSB2";
    parameter DOB0MUX = "DOB0";
    parameter DOB1MUX = "DOB1";
    parameter DOB2MUX = "DOB2";
    parameter DOB3MUX = "DOB3";
    parameter DOB4MUX = "DOB4";
    parameter DOB5MUX = "DOB5";
    parameter DOB6MUX = "DOB6";
    parameter DOB7MUX = "DOB7";
    parameter DOB8MUX = "DOB8";
    parameter DOB9MUX = "DOB9";
    parameter DOB10MUX = "DOB10";
    parameter DOB11MUX = "DOB11";
    parameter DOB12MUX = "DOB12";
    parameter DOB13MUX = "DOB13";
    parameter DOB14MUX = "DOB14";
    parameter DOB15MUX = "DOB15";
    parameter DOB16MUX = "DOB16";
    parameter DOB17MUX = "DOB17";
    parameter WID = 0;
    parameter GSR = "ENABLED";
    parameter INIT_DATA = "STATIC";
    parameter [319:0] INITVAL_00 = 320'h0;
    parameter [319:0] INITVAL_01 = 320'h0;
    parameter [319:0] INITVAL_02 = 320'h0;
    parameter [319:0] INITVAL_03 = 320'h0;
    parameter [319:0] INITVAL_04 = 320'h0;
    parameter [319:0] INITVAL_05 = 320'h0;
    parameter [319:0] INITVAL_06 = 320'h0;
    parameter [319:0] INITVAL_07 = 320'h0;
    parameter [319:0] INITVAL_08 = 320'h0;
    parameter [319:0] INITVAL_09 = 320'h0;
    parameter [319:0] INITVAL_0A = 320'h0;
    parameter [319:0] INITVAL_0B = 320'h0;
    parameter [319:0] INITVAL_0C = 320'h0;
    parameter [319:0] INITVAL_0D = 320'h0;
    parameter [319:0] INITVAL_0E = 320'h0;
    parameter [319:0] INITVAL_0F = 320'h0;
    parameter [319:0] INITVAL_10 = 320'h0;
    parameter [319:0] INITVAL_11 = 320'h0;
    parameter [319:0] INITVAL_12 = 320'h0;
    parameter [319:0] INITVAL_13 = 320'h0;
    parameter [319:0] INITVAL_14 = 320'h0;
    parameter [319:0] INITVAL_15 = 320'h0;
    parameter [319:0] INITVAL_16 = 320'h0;
    parameter [319:0] INITVAL_17 = 320'h0;
    parameter [319:0] INITVAL_18 = 320'h0;
    parameter [319:0] INITVAL_19 = 320'h0;
    parameter [319:0] INITVAL_1A = 320'h0;
    parameter [319:0] INITVAL_1B = 320'h0;
    parameter [319:0] INITVAL_1C = 320'h0;
    parameter [319:0] INITVAL_1D = 320'h0;
    parameter [319:0] INITVAL_1E = 320'h0;
    parameter [319:0] INITVAL_1F = 320'h0;
    parameter [319:0] INITVAL_20 = 320'h0;
    parameter [319:0] INITVAL_21 = 320'h0;
    parameter [319:0] INITVAL_22 = 320'h0;
    parameter [319:0] INITVAL_23 = 320'h0;
    parameter [319:0] INITVAL_24 = 320'h0;
    parameter [319:0] INITVAL_25 = 320'h0;
    parameter [319:0] INITVAL_26 = 320'h0;
    parameter [319:0] INITVAL_27 = 320'h0;
    parameter [319:0] INITVAL_28 = 320'h0;
    parameter [319:0] INITVAL_29 = 320'h0;
    parameter [319:0] INITVAL_2A = 320'h0;
    parameter [319:0] INITVAL_2B = 320'h0;
    parameter [319:0] INITVAL_2C = 320'h0;
    parameter [319:0] INITVAL_2D = 320'h0;
    parameter [319:0] INITVAL_2E = 320'h0;
    parameter [319:0] INITVAL_2F = 320'h0;
    parameter [319:0] INITVAL_30 = 320'h0;
    parameter [319:0] INITVAL_31 = 320'h0;
    parameter [319:0] INITVAL_32 = 320'h0;
    parameter [319:0] INITVAL_33 = 320'h0;
    parameter [319:0] INITVAL_34 = 320'h0;
    parameter [319:0] INITVAL_35 = 320'h0;
    parameter [319:0] INITVAL_36 = 320'h0;
    parameter [319:0] INITVAL_37 = 320'h0;
    parameter [319:0] INITVAL_38 = 320'h0;
    parameter [319:0] INITVAL_39 = 320'h0;
    parameter [319:0] INITVAL_3A = 320'h0;
    parameter [319:0] INITVAL_3B = 320'h0;
    parameter [319:0] INITVAL_3C = 320'h0;
    parameter [319:0] INITVAL_3D = 320'h0;
    parameter [319:0] INITVAL_3E = 320'h0;
    parameter [319:0] INITVAL_3F = 320'h0;

    // ---- parameter checks ------------------------------------------------------------------
`define DP16KD_FAIL(msg) begin $display("DP16KD %m: UNSUPPORTED: %0s", msg); $fatal(1, "DP16KD model: unsupported configuration"); end
`define DP16KD_PIN_MUX(p, d) if (p != d) `DP16KD_FAIL({`"p`", " = ", p, " (only the default ", d, " is modelled)"})

    function automatic integer valid_width(input integer w);
        valid_width = (w == 1 || w == 2 || w == 4 || w == 9 || w == 18);
    endfunction
    // "0bXYZ" -> {X, Y, Z}; 4'b1xxx when malformed
    function automatic [3:0] csdecode(input [8*5-1:0] s);
        integer k;
        begin
            csdecode = 4'b0000;
            if (s[39:32] != "0" || s[31:24] != "b") csdecode = 4'b1000;
            for (k = 0; k < 3; k = k + 1)
                if (s[8*k +: 8] == "1") csdecode[k] = 1'b1;
                else if (s[8*k +: 8] != "0") csdecode = 4'b1000;
        end
    endfunction
    localparam [3:0] CS_A = csdecode(CSDECODE_A);
    localparam [3:0] CS_B = csdecode(CSDECODE_B);
    localparam X36 = (DATA_WIDTH_A == 36);

    initial begin
        if (X36 && DATA_WIDTH_B != 36 || DATA_WIDTH_B == 36 && !X36)
            `DP16KD_FAIL("DATA_WIDTH 36 only as the pseudo dual port (DATA_WIDTH_A = DATA_WIDTH_B = 36)")
        if (!X36 && (!valid_width(DATA_WIDTH_A) || !valid_width(DATA_WIDTH_B)))
            `DP16KD_FAIL("DATA_WIDTH_A/B must be 1, 2, 4, 9, 18 (or both 36)")
        if (REGMODE_A != "NOREG" || REGMODE_B != "NOREG")
            `DP16KD_FAIL("REGMODE_A/B other than NOREG (output registers) are not modelled")
        if (!X36 && WRITEMODE_A != "NORMAL" && WRITEMODE_A != "WRITETHROUGH" && WRITEMODE_A != "READBEFOREWRITE")
            `DP16KD_FAIL("WRITEMODE_A")
        if (!X36 && WRITEMODE_B != "NORMAL" && WRITEMODE_B != "WRITETHROUGH" && WRITEMODE_B != "READBEFOREWRITE")
            `DP16KD_FAIL("WRITEMODE_B")
        if (CLKAMUX != "CLKA" && CLKAMUX != "INV") `DP16KD_FAIL("CLKAMUX")
        if (CLKBMUX != "CLKB" && CLKBMUX != "INV") `DP16KD_FAIL("CLKBMUX")
        if (CS_A[3] || CS_B[3]) `DP16KD_FAIL("CSDECODE_A/B must be \"0bXYZ\"")
        if (INIT_DATA != "STATIC") `DP16KD_FAIL("INIT_DATA other than STATIC")
        `DP16KD_PIN_MUX(DIA0MUX, "DIA0")
        `DP16KD_PIN_MUX(DIA1MUX, "DIA1")
        `DP16KD_PIN_MUX(DIA2MUX, "DIA2")
        `DP16KD_PIN_MUX(DIA3MUX, "DIA3")
        `DP16KD_PIN_MUX(DIA4MUX, "DIA4")
        `DP16KD_PIN_MUX(DIA5MUX, "DIA5")
        `DP16KD_PIN_MUX(DIA6MUX, "DIA6")
        `DP16KD_PIN_MUX(DIA7MUX, "DIA7")
        `DP16KD_PIN_MUX(DIA8MUX, "DIA8")
        `DP16KD_PIN_MUX(DIA9MUX, "DIA9")
        `DP16KD_PIN_MUX(DIA10MUX, "DIA10")
        `DP16KD_PIN_MUX(DIA11MUX, "DIA11")
        `DP16KD_PIN_MUX(DIA12MUX, "DIA12")
        `DP16KD_PIN_MUX(DIA13MUX, "DIA13")
        `DP16KD_PIN_MUX(DIA14MUX, "DIA14")
        `DP16KD_PIN_MUX(DIA15MUX, "DIA15")
        `DP16KD_PIN_MUX(DIA16MUX, "DIA16")
        `DP16KD_PIN_MUX(DIA17MUX, "DIA17")
        `DP16KD_PIN_MUX(ADA0MUX, "ADA0")
        `DP16KD_PIN_MUX(ADA1MUX, "ADA1")
        `DP16KD_PIN_MUX(ADA2MUX, "ADA2")
        `DP16KD_PIN_MUX(ADA3MUX, "ADA3")
        `DP16KD_PIN_MUX(ADA4MUX, "ADA4")
        `DP16KD_PIN_MUX(ADA5MUX, "ADA5")
        `DP16KD_PIN_MUX(ADA6MUX, "ADA6")
        `DP16KD_PIN_MUX(ADA7MUX, "ADA7")
        `DP16KD_PIN_MUX(ADA8MUX, "ADA8")
        `DP16KD_PIN_MUX(ADA9MUX, "ADA9")
        `DP16KD_PIN_MUX(ADA10MUX, "ADA10")
        `DP16KD_PIN_MUX(ADA11MUX, "ADA11")
        `DP16KD_PIN_MUX(ADA12MUX, "ADA12")
        `DP16KD_PIN_MUX(ADA13MUX, "ADA13")
        `DP16KD_PIN_MUX(CEAMUX, "CEA")
        `DP16KD_PIN_MUX(OCEAMUX, "OCEA")
        `DP16KD_PIN_MUX(WEAMUX, "WEA")
        `DP16KD_PIN_MUX(RSTAMUX, "RSTA")
        `DP16KD_PIN_MUX(CSA0MUX, "CSA0")
        `DP16KD_PIN_MUX(CSA1MUX, "CSA1")
        `DP16KD_PIN_MUX(CSA2MUX, "CSA2")
        `DP16KD_PIN_MUX(DOA0MUX, "DOA0")
        `DP16KD_PIN_MUX(DOA1MUX, "DOA1")
        `DP16KD_PIN_MUX(DOA2MUX, "DOA2")
        `DP16KD_PIN_MUX(DOA3MUX, "DOA3")
        `DP16KD_PIN_MUX(DOA4MUX, "DOA4")
        `DP16KD_PIN_MUX(DOA5MUX, "DOA5")
        `DP16KD_PIN_MUX(DOA6MUX, "DOA6")
        `DP16KD_PIN_MUX(DOA7MUX, "DOA7")
        `DP16KD_PIN_MUX(DOA8MUX, "DOA8")
        `DP16KD_PIN_MUX(DOA9MUX, "DOA9")
        `DP16KD_PIN_MUX(DOA10MUX, "DOA10")
        `DP16KD_PIN_MUX(DOA11MUX, "DOA11")
        `DP16KD_PIN_MUX(DOA12MUX, "DOA12")
        `DP16KD_PIN_MUX(DOA13MUX, "DOA13")
        `DP16KD_PIN_MUX(DOA14MUX, "DOA14")
        `DP16KD_PIN_MUX(DOA15MUX, "DOA15")
        `DP16KD_PIN_MUX(DOA16MUX, "DOA16")
        `DP16KD_PIN_MUX(DOA17MUX, "DOA17")
        `DP16KD_PIN_MUX(DIB0MUX, "DIB0")
        `DP16KD_PIN_MUX(DIB1MUX, "DIB1")
        `DP16KD_PIN_MUX(DIB2MUX, "DIB2")
        `DP16KD_PIN_MUX(DIB3MUX, "DIB3")
        `DP16KD_PIN_MUX(DIB4MUX, "DIB4")
        `DP16KD_PIN_MUX(DIB5MUX, "DIB5")
        `DP16KD_PIN_MUX(DIB6MUX, "DIB6")
        `DP16KD_PIN_MUX(DIB7MUX, "DIB7")
        `DP16KD_PIN_MUX(DIB8MUX, "DIB8")
        `DP16KD_PIN_MUX(DIB9MUX, "DIB9")
        `DP16KD_PIN_MUX(DIB10MUX, "DIB10")
        `DP16KD_PIN_MUX(DIB11MUX, "DIB11")
        `DP16KD_PIN_MUX(DIB12MUX, "DIB12")
        `DP16KD_PIN_MUX(DIB13MUX, "DIB13")
        `DP16KD_PIN_MUX(DIB14MUX, "DIB14")
        `DP16KD_PIN_MUX(DIB15MUX, "DIB15")
        `DP16KD_PIN_MUX(DIB16MUX, "DIB16")
        `DP16KD_PIN_MUX(DIB17MUX, "DIB17")
        `DP16KD_PIN_MUX(ADB0MUX, "ADB0")
        `DP16KD_PIN_MUX(ADB1MUX, "ADB1")
        `DP16KD_PIN_MUX(ADB2MUX, "ADB2")
        `DP16KD_PIN_MUX(ADB3MUX, "ADB3")
        `DP16KD_PIN_MUX(ADB4MUX, "ADB4")
        `DP16KD_PIN_MUX(ADB5MUX, "ADB5")
        `DP16KD_PIN_MUX(ADB6MUX, "ADB6")
        `DP16KD_PIN_MUX(ADB7MUX, "ADB7")
        `DP16KD_PIN_MUX(ADB8MUX, "ADB8")
        `DP16KD_PIN_MUX(ADB9MUX, "ADB9")
        `DP16KD_PIN_MUX(ADB10MUX, "ADB10")
        `DP16KD_PIN_MUX(ADB11MUX, "ADB11")
        `DP16KD_PIN_MUX(ADB12MUX, "ADB12")
        `DP16KD_PIN_MUX(ADB13MUX, "ADB13")
        `DP16KD_PIN_MUX(CEBMUX, "CEB")
        `DP16KD_PIN_MUX(OCEBMUX, "OCEB")
        `DP16KD_PIN_MUX(WEBMUX, "WEB")
        `DP16KD_PIN_MUX(RSTBMUX, "RSTB")
        `DP16KD_PIN_MUX(CSB0MUX, "CSB0")
        `DP16KD_PIN_MUX(CSB1MUX, "CSB1")
        `DP16KD_PIN_MUX(CSB2MUX, "CSB2")
        `DP16KD_PIN_MUX(DOB0MUX, "DOB0")
        `DP16KD_PIN_MUX(DOB1MUX, "DOB1")
        `DP16KD_PIN_MUX(DOB2MUX, "DOB2")
        `DP16KD_PIN_MUX(DOB3MUX, "DOB3")
        `DP16KD_PIN_MUX(DOB4MUX, "DOB4")
        `DP16KD_PIN_MUX(DOB5MUX, "DOB5")
        `DP16KD_PIN_MUX(DOB6MUX, "DOB6")
        `DP16KD_PIN_MUX(DOB7MUX, "DOB7")
        `DP16KD_PIN_MUX(DOB8MUX, "DOB8")
        `DP16KD_PIN_MUX(DOB9MUX, "DOB9")
        `DP16KD_PIN_MUX(DOB10MUX, "DOB10")
        `DP16KD_PIN_MUX(DOB11MUX, "DOB11")
        `DP16KD_PIN_MUX(DOB12MUX, "DOB12")
        `DP16KD_PIN_MUX(DOB13MUX, "DOB13")
        `DP16KD_PIN_MUX(DOB14MUX, "DOB14")
        `DP16KD_PIN_MUX(DOB15MUX, "DOB15")
        `DP16KD_PIN_MUX(DOB16MUX, "DOB16")
        `DP16KD_PIN_MUX(DOB17MUX, "DOB17")
    end

    // ---- pins ------------------------------------------------------------------------------
    wire [17:0] di_a = {DIA17, DIA16, DIA15, DIA14, DIA13, DIA12, DIA11, DIA10, DIA9,
                        DIA8, DIA7, DIA6, DIA5, DIA4, DIA3, DIA2, DIA1, DIA0};
    wire [17:0] di_b = {DIB17, DIB16, DIB15, DIB14, DIB13, DIB12, DIB11, DIB10, DIB9,
                        DIB8, DIB7, DIB6, DIB5, DIB4, DIB3, DIB2, DIB1, DIB0};
    wire [13:0] ad_a = {ADA13, ADA12, ADA11, ADA10, ADA9, ADA8, ADA7, ADA6, ADA5, ADA4,
                        ADA3, ADA2, ADA1, ADA0};
    wire [13:0] ad_b = {ADB13, ADB12, ADB11, ADB10, ADB9, ADB8, ADB7, ADB6, ADB5, ADB4,
                        ADB3, ADB2, ADB1, ADB0};
    wire [2:0] cs_a = {CSA2, CSA1, CSA0};
    wire [2:0] cs_b = {CSB2, CSB1, CSB0};
    wire clk_a = (CLKAMUX == "INV") ? ~CLKA : CLKA;
    wire clk_b = (CLKBMUX == "INV") ? ~CLKB : CLKB;
    reg [17:0] do_a = 18'd0, do_b = 18'd0;
    assign {DOA17, DOA16, DOA15, DOA14, DOA13, DOA12, DOA11, DOA10, DOA9,
            DOA8, DOA7, DOA6, DOA5, DOA4, DOA3, DOA2, DOA1, DOA0} = do_a;
    assign {DOB17, DOB16, DOB15, DOB14, DOB13, DOB12, DOB11, DOB10, DOB9,
            DOB8, DOB7, DOB6, DOB5, DOB4, DOB3, DOB2, DOB1, DOB0} = do_b;

    // ---- storage ---------------------------------------------------------------------------
    reg [17:0] mem [0:1023];
    task automatic load_initval(input integer slice, input [319:0] v);
        integer i;
        for (i = 0; i < 16; i = i + 1) mem[slice * 16 + i] = v[i * 20 +: 18];
    endtask
    initial begin
        load_initval(0, INITVAL_00);
        load_initval(1, INITVAL_01);
        load_initval(2, INITVAL_02);
        load_initval(3, INITVAL_03);
        load_initval(4, INITVAL_04);
        load_initval(5, INITVAL_05);
        load_initval(6, INITVAL_06);
        load_initval(7, INITVAL_07);
        load_initval(8, INITVAL_08);
        load_initval(9, INITVAL_09);
        load_initval(10, INITVAL_0A);
        load_initval(11, INITVAL_0B);
        load_initval(12, INITVAL_0C);
        load_initval(13, INITVAL_0D);
        load_initval(14, INITVAL_0E);
        load_initval(15, INITVAL_0F);
        load_initval(16, INITVAL_10);
        load_initval(17, INITVAL_11);
        load_initval(18, INITVAL_12);
        load_initval(19, INITVAL_13);
        load_initval(20, INITVAL_14);
        load_initval(21, INITVAL_15);
        load_initval(22, INITVAL_16);
        load_initval(23, INITVAL_17);
        load_initval(24, INITVAL_18);
        load_initval(25, INITVAL_19);
        load_initval(26, INITVAL_1A);
        load_initval(27, INITVAL_1B);
        load_initval(28, INITVAL_1C);
        load_initval(29, INITVAL_1D);
        load_initval(30, INITVAL_1E);
        load_initval(31, INITVAL_1F);
        load_initval(32, INITVAL_20);
        load_initval(33, INITVAL_21);
        load_initval(34, INITVAL_22);
        load_initval(35, INITVAL_23);
        load_initval(36, INITVAL_24);
        load_initval(37, INITVAL_25);
        load_initval(38, INITVAL_26);
        load_initval(39, INITVAL_27);
        load_initval(40, INITVAL_28);
        load_initval(41, INITVAL_29);
        load_initval(42, INITVAL_2A);
        load_initval(43, INITVAL_2B);
        load_initval(44, INITVAL_2C);
        load_initval(45, INITVAL_2D);
        load_initval(46, INITVAL_2E);
        load_initval(47, INITVAL_2F);
        load_initval(48, INITVAL_30);
        load_initval(49, INITVAL_31);
        load_initval(50, INITVAL_32);
        load_initval(51, INITVAL_33);
        load_initval(52, INITVAL_34);
        load_initval(53, INITVAL_35);
        load_initval(54, INITVAL_36);
        load_initval(55, INITVAL_37);
        load_initval(56, INITVAL_38);
        load_initval(57, INITVAL_39);
        load_initval(58, INITVAL_3A);
        load_initval(59, INITVAL_3B);
        load_initval(60, INITVAL_3C);
        load_initval(61, INITVAL_3D);
        load_initval(62, INITVAL_3E);
        load_initval(63, INITVAL_3F);
    end

    // physical bit (0..17) in the row of data bit j of a width-w port at address ad
    function automatic integer phys(input integer w, input [13:0] ad, input integer j);
        integer k;
        begin
            case (w)
                1: k = ad[3:0];
                2: k = ad[3:1] * 2 + j;
                4: k = ad[3:2] * 4 + j;
                default: k = -1;
            endcase
            if (w == 9) phys = ad[3] * 9 + j;
            else if (w == 18) phys = j;
            else phys = (k < 8) ? k : k + 1;  // skip parity bit 8
        end
    endfunction

    // the used address bits of a width-w port (18: AD13:4, ...), for X checks
    function automatic [13:0] addr_bits(input integer w);
        case (w)
            1: addr_bits = 14'h3fff;
            2: addr_bits = 14'h3ffe;
            4: addr_bits = 14'h3ffc;
            9: addr_bits = 14'h3ff8;
            18: addr_bits = 14'h3ff0;
            default: addr_bits = 14'h3fe0;  // 36
        endcase
    endfunction

    // One port's access at an edge, described as up to two (row, bit mask) pairs with the data
    // bits for those rows: wr* = bits written, rd* = bits read (x36: row pair).
    // compute_port fills these from the port's pins.
    task automatic compute_port(
        input integer w, input [13:0] ad, input [35:0] di, input we_bit,
        output integer row0, output integer row1,
        output [17:0] rmask0, output [17:0] rmask1,
        output [17:0] wmask0, output [17:0] wmask1,
        output [17:0] wdata0, output [17:0] wdata1);
        integer j, p;
        reg [3:0] be;
        begin
            rmask0 = 18'd0; rmask1 = 18'd0; wmask0 = 18'd0; wmask1 = 18'd0;
            wdata0 = 18'd0; wdata1 = 18'd0;
            if (w == 36) begin
                row0 = {ad[13:5], 1'b0};
                row1 = {ad[13:5], 1'b1};
                rmask0 = 18'h3ffff; rmask1 = 18'h3ffff;
                be = ad[3:0];
                wmask0 = {{9{be[1]}}, {9{be[0]}}};
                wmask1 = {{9{be[3]}}, {9{be[2]}}};
                wdata0 = di[17:0];
                wdata1 = di[35:18];
            end else begin
                row0 = ad[13:4];
                row1 = 0;
                for (j = 0; j < w; j = j + 1) begin
                    p = phys(w, ad, j);
                    rmask0[p] = 1'b1;
                    wdata0[p] = di[j];
                end
                if (w == 18) wmask0 = {{9{ad[1]}}, {9{ad[0]}}};
                else wmask0 = rmask0;
            end
            if (!we_bit) begin wmask0 = 18'd0; wmask1 = 18'd0; end
        end
    endtask

    // the port's data (width w) gathered from row values
    function automatic [35:0] gather(input integer w, input [13:0] ad, input [17:0] v0, input [17:0] v1);
        integer j;
        begin
            gather = {36{1'bx}};
            if (w == 36) gather = {v1, v0};
            else for (j = 0; j < w; j = j + 1) gather[j] = v0[phys(w, ad, j)];
        end
    endfunction

    // ---- behaviour -------------------------------------------------------------------------
    reg last_a = 1'b0, last_b = 1'b0;
    integer collisions = 0;
    localparam integer wa = DATA_WIDTH_A;
    localparam integer wb = DATA_WIDTH_B;

    // mem[row][k] <= data[k] for the bits k in mask (X where the other port writes too)
    task automatic write_bits(input integer row, input [17:0] mask, input [17:0] data, input [17:0] clash);
        integer k;
        for (k = 0; k < 18; k = k + 1)
            if (mask[k]) mem[row][k] <= clash[k] ? 1'bx : data[k];
    endtask

    task automatic all_x(input [8*40-1:0] why);
        integer i;
        begin
            $display("DP16KD %m: WARNING: %0s at time %0t: whole memory set to X", why, $time);
            for (i = 0; i < 1024; i = i + 1) mem[i] <= {18{1'bx}};
        end
    endtask

    always @(RSTA or RSTB) begin
        if ($time > 0 && (RSTA !== 1'b0 || RSTB !== 1'b0)) begin
            $display("DP16KD %m: UNSUPPORTED: RSTA = %b, RSTB = %b (the output reset is not modelled)", RSTA, RSTB);
            $fatal(1, "DP16KD model: unsupported reset");
        end
    end

    always @(clk_a or clk_b) begin : edge_block
        reg ea, eb, act_a, act_b, x_a, x_b;
        integer a_r0, a_r1, b_r0, b_r1;
        reg [17:0] a_rm0, a_rm1, a_wm0, a_wm1, a_wd0, a_wd1;
        reg [17:0] b_rm0, b_rm1, b_wm0, b_wm1, b_wd0, b_wd1;
        reg [17:0] a_old0, a_old1, b_old0, b_old1, a_new0, a_new1, b_new0, b_new1;
        reg [17:0] xa0, xa1, xb0, xb1;
        reg [35:0] word;
        ea = (last_a === 1'b0 && clk_a === 1'b1);
        eb = (last_b === 1'b0 && clk_b === 1'b1);
        last_a = clk_a;
        last_b = clk_b;
        act_a = 1'b0; act_b = 1'b0; x_a = 1'b0; x_b = 1'b0;
        a_wm0 = 0; a_wm1 = 0; b_wm0 = 0; b_wm1 = 0;
        a_rm0 = 0; a_rm1 = 0; b_rm0 = 0; b_rm1 = 0;
        a_r0 = 0; a_r1 = 0; b_r0 = 0; b_r1 = 0;
        if (ea) begin
            act_a = CEA & (cs_a == CS_A[2:0]);
            if (act_a === 1'bx || (act_a && (WEA === 1'bx || WEA && ((^(ad_a & addr_bits(wa))) === 1'bx
                    || (wa == 18 && ^ad_a[1:0] === 1'bx) || (wa == 36 && ^ad_a[3:0] === 1'bx))))) begin
                all_x("X on CEA/CSA/WEA/ADA at a possible write");
                x_a = 1'b1;
            end else if (act_a) begin
                compute_port(wa, ad_a, {di_b, di_a}, WEA, a_r0, a_r1, a_rm0, a_rm1, a_wm0, a_wm1, a_wd0, a_wd1);
                if (wa == 36) begin a_rm0 = 0; a_rm1 = 0; end  // x36: port A only writes
            end
        end
        if (eb) begin
            act_b = CEB & (cs_b == CS_B[2:0]);
            if (act_b && wb == 36 && WEB !== 1'b0) begin
                $display("DP16KD %m: UNSUPPORTED: WEB = %b in the x36 pseudo dual port (B reads only)", WEB);
                $fatal(1, "DP16KD model: unsupported write");
            end
            if (act_b === 1'bx || (act_b && (WEB === 1'bx || WEB && ((^(ad_b & addr_bits(wb))) === 1'bx
                    || (wb == 18 && ^ad_b[1:0] === 1'bx))))) begin
                all_x("X on CEB/CSB/WEB/ADB at a possible write");
                x_b = 1'b1;
            end else if (act_b) begin
                compute_port(wb, ad_b, {18'd0, di_b}, WEB, b_r0, b_r1, b_rm0, b_rm1, b_wm0, b_wm1, b_wd0, b_wd1);
            end
        end
        // rows before this edge's writes; rows after them (for WRITETHROUGH)
        if (act_a === 1'b1 && !x_a) begin
            a_old0 = mem[a_r0]; a_old1 = mem[a_r1];
            a_new0 = (a_old0 & ~a_wm0) | (a_wd0 & a_wm0);
            a_new1 = (a_old1 & ~a_wm1) | (a_wd1 & a_wm1);
        end
        if (act_b === 1'b1 && !x_b) begin
            b_old0 = mem[b_r0]; b_old1 = mem[b_r1];
            b_new0 = (b_old0 & ~b_wm0) | (b_wd0 & b_wm0);
            b_new1 = (b_old1 & ~b_wm1) | (b_wd1 & b_wm1);
        end
        // collisions between the two ports at this edge: the other port's written bits
        xa0 = 0; xa1 = 0; xb0 = 0; xb1 = 0;  // bits of A's (B's) rows hit by B's (A's) writes
        if (act_a === 1'b1 && act_b === 1'b1 && !x_a && !x_b) begin
            if (b_r0 == a_r0) xa0 = xa0 | b_wm0;
            if (b_r1 == a_r0) xa0 = xa0 | b_wm1;
            if (b_r0 == a_r1) xa1 = xa1 | b_wm0;
            if (b_r1 == a_r1) xa1 = xa1 | b_wm1;
            if (a_r0 == b_r0) xb0 = xb0 | a_wm0;
            if (a_r1 == b_r0) xb0 = xb0 | a_wm1;
            if (a_r0 == b_r1) xb1 = xb1 | a_wm0;
            if (a_r1 == b_r1) xb1 = xb1 | a_wm1;
            if ((a_wm0 | a_wm1 | b_wm0 | b_wm1) != 0 && (xa0 | xa1 | xb0 | xb1) != 0) begin
                collisions = collisions + 1;
                if (collisions <= 3)
                    $display("DP16KD %m: note: both ports on the same bits at time %0t (undefined: X)%0s", $time,
                             collisions == 3 ? "; further ones not shown" : "");
            end
        end
        // writes, bit by bit and nonblocking: every read above saw the memory before this edge,
        // and bits of a row that this port does not write are left to the other port
        if (act_a === 1'b1 && !x_a) begin
            write_bits(a_r0, a_wm0, a_wd0, xa0);
            if (wa == 36) write_bits(a_r1, a_wm1, a_wd1, xa1);
        end
        if (act_b === 1'b1 && !x_b) write_bits(b_r0, b_wm0, b_wd0, xb0);
        // outputs (REGMODE NOREG)
        if (ea && x_a) do_a <= {18{1'bx}};
        if (ea && act_a === 1'b1 && !x_a && wa != 36) begin
            if (WEA !== 1'b1) word = gather(wa, ad_a, a_old0 ^ (xa0 & 18'bx), 18'd0);
            else if (WRITEMODE_A == "READBEFOREWRITE") word = gather(wa, ad_a, a_old0 ^ (xa0 & 18'bx), 18'd0);
            else if (WRITEMODE_A == "WRITETHROUGH") word = gather(wa, ad_a, a_new0 ^ (xa0 & 18'bx), 18'd0);
            else word = {18'd0, do_a};  // NORMAL: unchanged
            if ((^(ad_a & addr_bits(wa))) === 1'bx) word = {36{1'bx}};
            if (!(WEA === 1'b1 && WRITEMODE_A == "NORMAL")) do_a <= word[17:0];
        end
        if (eb && x_b) begin do_b <= {18{1'bx}}; if (wb == 36) do_a <= {18{1'bx}}; end
        if (eb && act_b === 1'b1 && !x_b) begin
            if (wb == 36) begin
                word = {b_old1 ^ (xb1 & 18'bx), b_old0 ^ (xb0 & 18'bx)};
                if ((^(ad_b & addr_bits(wb))) === 1'bx) word = {36{1'bx}};
`ifdef ECP5_X36_DO_NEXTPNR
                do_b <= word[17:0];
                do_a <= word[35:18];
`else
                do_a <= word[17:0];
                do_b <= word[35:18];
`endif
            end else begin
                if (WEB !== 1'b1) word = gather(wb, ad_b, b_old0 ^ (xb0 & 18'bx), 18'd0);
                else if (WRITEMODE_B == "READBEFOREWRITE") word = gather(wb, ad_b, b_old0 ^ (xb0 & 18'bx), 18'd0);
                else if (WRITEMODE_B == "WRITETHROUGH") word = gather(wb, ad_b, b_new0 ^ (xb0 & 18'bx), 18'd0);
                else word = {18'd0, do_b};
                if ((^(ad_b & addr_bits(wb))) === 1'bx) word = {36{1'bx}};
                if (!(WEB === 1'b1 && WRITEMODE_B == "NORMAL")) do_b <= word[17:0];
            end
        end
    end
`undef DP16KD_PIN_MUX
`undef DP16KD_FAIL
endmodule
