// Behavioural simulation model of the Lattice ECP5 MULT18X18D (sysDSP 18 x 18 multiplier), for
// scripts/fpga-equiv.sh and scripts/test-ecp5-models.sh: yosys 0.70 ships MULT18X18D only as a
// blackbox (share/ecp5/cells_bb.v).
//
// What was read: yosys 0.70 share/lattice/dsp_map_18x18.v (the only way synth_ecp5 instantiates
// it: A, B, SIGNEDA, SIGNEDB connected, C = 0, SOURCEA = SOURCEB = 0, every parameter at its
// default, that is no input, pipeline or output register) and Lattice TN1267 (ECP5 sysDSP
// usage guide) for the port meanings: P = A * B, each operand two's complement when its
// SIGNEDx pin is 1 and unsigned when 0, the 36-bit product sign- or zero-extended accordingly.
//
// Supported: the purely combinational multiplier, P[35:0] = A * B (signedness per SIGNEDA,
// SIGNEDB, which may change at run time). ROA = A, ROB = B, ROC = C (the unregistered operands).
// Outputs whose behaviour is not modelled (SROA, SROB: shift-chain outputs; SIGNEDP) are X, so
// that a netlist using them fails visibly.
// NOT supported (stop the simulation with $fatal): any REG_*_CLK other than "NONE" (input,
// pipeline or output registers), MULT_BYPASS other than "DISABLED", CAS_MATCH_REG other than
// "FALSE"; SOURCEA or SOURCEB = 1 (operands from the shift chain) at run time. CLKn, CEn, RSTn,
// SRIA, SRIB, C and the remaining parameters (CLKn_DIV, HIGHSPEED_CLK, GSR, RESETMODE,
// SOURCEB_MODE, REG_*_CE, REG_*_RST) have no effect without registers and are ignored.
module MULT18X18D(
    input  A17, A16, A15, A14, A13, A12, A11, A10, A9, A8, A7, A6, A5, A4, A3, A2, A1, A0,
    input  B17, B16, B15, B14, B13, B12, B11, B10, B9, B8, B7, B6, B5, B4, B3, B2, B1, B0,
    input  C17, C16, C15, C14, C13, C12, C11, C10, C9, C8, C7, C6, C5, C4, C3, C2, C1, C0,
    input  SIGNEDA, SIGNEDB, SOURCEA, SOURCEB,
    input  CLK3, CLK2, CLK1, CLK0, CE3, CE2, CE1, CE0, RST3, RST2, RST1, RST0,
    input  SRIA17, SRIA16, SRIA15, SRIA14, SRIA13, SRIA12, SRIA11, SRIA10, SRIA9, SRIA8, SRIA7, SRIA6, SRIA5, SRIA4, SRIA3, SRIA2, SRIA1, SRIA0,
    input  SRIB17, SRIB16, SRIB15, SRIB14, SRIB13, SRIB12, SRIB11, SRIB10, SRIB9, SRIB8, SRIB7, SRIB6, SRIB5, SRIB4, SRIB3, SRIB2, SRIB1, SRIB0,
    output SROA17, SROA16, SROA15, SROA14, SROA13, SROA12, SROA11, SROA10, SROA9, SROA8, SROA7, SROA6, SROA5, SROA4, SROA3, SROA2, SROA1, SROA0,
    output SROB17, SROB16, SROB15, SROB14, SROB13, SROB12, SROB11, SROB10, SROB9, SROB8, SROB7, SROB6, SROB5, SROB4, SROB3, SROB2, SROB1, SROB0,
    output ROA17, ROA16, ROA15, ROA14, ROA13, ROA12, ROA11, ROA10, ROA9, ROA8, ROA7, ROA6, ROA5, ROA4, ROA3, ROA2, ROA1, ROA0,
    output ROB17, ROB16, ROB15, ROB14, ROB13, ROB12, ROB11, ROB10, ROB9, ROB8, ROB7, ROB6, ROB5, ROB4, ROB3, ROB2, ROB1, ROB0,
    output ROC17, ROC16, ROC15, ROC14, ROC13, ROC12, ROC11, ROC10, ROC9, ROC8, ROC7, ROC6, ROC5, ROC4, ROC3, ROC2, ROC1, ROC0,
    output P35, P34, P33, P32, P31, P30, P29, P28, P27, P26, P25, P24, P23, P22, P21, P20, P19, P18, P17, P16, P15, P14, P13, P12, P11, P10, P9, P8, P7, P6, P5, P4, P3, P2, P1, P0,
    output SIGNEDP
);
    parameter REG_INPUTA_CLK = "NONE";
    parameter REG_INPUTA_CE = "CE0";
    parameter REG_INPUTA_RST = "RST0";
    parameter REG_INPUTB_CLK = "NONE";
    parameter REG_INPUTB_CE = "CE0";
    parameter REG_INPUTB_RST = "RST0";
    parameter REG_INPUTC_CLK = "NONE";
    parameter REG_INPUTC_CE = "CE0";
    parameter REG_INPUTC_RST = "RST0";
    parameter REG_PIPELINE_CLK = "NONE";
    parameter REG_PIPELINE_CE = "CE0";
    parameter REG_PIPELINE_RST = "RST0";
    parameter REG_OUTPUT_CLK = "NONE";
    parameter REG_OUTPUT_CE = "CE0";
    parameter REG_OUTPUT_RST = "RST0";
    parameter CLK0_DIV = "ENABLED";
    parameter CLK1_DIV = "ENABLED";
    parameter CLK2_DIV = "ENABLED";
    parameter CLK3_DIV = "ENABLED";
    parameter HIGHSPEED_CLK = "NONE";
    parameter GSR = "ENABLED";
    parameter CAS_MATCH_REG = "FALSE";
    parameter SOURCEB_MODE = "B_SHIFT";
    parameter MULT_BYPASS = "DISABLED";
    parameter RESETMODE = "SYNC";

    initial begin
        if (REG_INPUTA_CLK != "NONE" || REG_INPUTB_CLK != "NONE" || REG_INPUTC_CLK != "NONE"
                || REG_PIPELINE_CLK != "NONE" || REG_OUTPUT_CLK != "NONE") begin
            $display("MULT18X18D %m: UNSUPPORTED: registered inputs/pipeline/output (REG_*_CLK = %0s %0s %0s %0s %0s)",
                     REG_INPUTA_CLK, REG_INPUTB_CLK, REG_INPUTC_CLK, REG_PIPELINE_CLK, REG_OUTPUT_CLK);
            $fatal(1, "MULT18X18D model: unsupported configuration");
        end
        if (MULT_BYPASS != "DISABLED" || CAS_MATCH_REG != "FALSE") begin
            $display("MULT18X18D %m: UNSUPPORTED: MULT_BYPASS = %0s, CAS_MATCH_REG = %0s", MULT_BYPASS, CAS_MATCH_REG);
            $fatal(1, "MULT18X18D model: unsupported configuration");
        end
    end

    wire [17:0] a = {A17, A16, A15, A14, A13, A12, A11, A10, A9, A8, A7, A6, A5, A4, A3, A2, A1, A0};
    wire [17:0] b = {B17, B16, B15, B14, B13, B12, B11, B10, B9, B8, B7, B6, B5, B4, B3, B2, B1, B0};
    wire [17:0] c = {C17, C16, C15, C14, C13, C12, C11, C10, C9, C8, C7, C6, C5, C4, C3, C2, C1, C0};
    always @(SOURCEA or SOURCEB)
        if ($time > 0 && (SOURCEA !== 1'b0 || SOURCEB !== 1'b0)) begin
            $display("MULT18X18D %m: UNSUPPORTED: SOURCEA = %b, SOURCEB = %b (shift-chain operands)", SOURCEA, SOURCEB);
            $fatal(1, "MULT18X18D model: unsupported operand source");
        end
    wire signed [36:0] a_ext = {{19{SIGNEDA & a[17]}}, a};
    wire signed [36:0] b_ext = {{19{SIGNEDB & b[17]}}, b};
    wire signed [73:0] product = a_ext * b_ext;
    assign {P35, P34, P33, P32, P31, P30, P29, P28, P27, P26, P25, P24, P23, P22, P21, P20, P19, P18, P17, P16, P15, P14, P13, P12, P11, P10, P9, P8, P7, P6, P5, P4, P3, P2, P1, P0} = product[35:0];
    assign {ROA17, ROA16, ROA15, ROA14, ROA13, ROA12, ROA11, ROA10, ROA9, ROA8, ROA7, ROA6, ROA5, ROA4, ROA3, ROA2, ROA1, ROA0} = a;
    assign {ROB17, ROB16, ROB15, ROB14, ROB13, ROB12, ROB11, ROB10, ROB9, ROB8, ROB7, ROB6, ROB5, ROB4, ROB3, ROB2, ROB1, ROB0} = b;
    assign {ROC17, ROC16, ROC15, ROC14, ROC13, ROC12, ROC11, ROC10, ROC9, ROC8, ROC7, ROC6, ROC5, ROC4, ROC3, ROC2, ROC1, ROC0} = c;
    assign {SROA17, SROA16, SROA15, SROA14, SROA13, SROA12, SROA11, SROA10, SROA9, SROA8, SROA7, SROA6, SROA5, SROA4, SROA3, SROA2, SROA1, SROA0} = {18{1'bx}};
    assign {SROB17, SROB16, SROB15, SROB14, SROB13, SROB12, SROB11, SROB10, SROB9, SROB8, SROB7, SROB6, SROB5, SROB4, SROB3, SROB2, SROB1, SROB0} = {18{1'bx}};
    assign SIGNEDP = 1'bx;
endmodule
