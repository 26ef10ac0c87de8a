

module qins_alu(clock,in_valid,op,a,b,in_tag,out_valid,result,out_tag,out_illegal,decode_write$enable,decode_write$index,decode_write$value,threshold_write$enable,threshold_write$index,threshold_write$value,code_write$enable,code_write$index,code_write$value,lookup_write$enable,lookup_write$index,lookup_write$value);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    input wire  [3:0] op;
    input wire  [31:0] a;
    input wire  [31:0] b;
    input wire  [15:0] in_tag;
    output reg  out_valid;
    output reg  [31:0] result;
    output reg  [15:0] out_tag;
    output reg  out_illegal;
    input wire  decode_write$enable;
    input wire  [7:0] decode_write$index;
    input wire signed [15:0] decode_write$value;
    input wire  threshold_write$enable;
    input wire  [7:0] threshold_write$index;
    input wire signed [31:0] threshold_write$value;
    input wire  code_write$enable;
    input wire  [7:0] code_write$index;
    input wire  [7:0] code_write$value;
    input wire  lookup_write$enable;
    input wire  [7:0] lookup_write$index;
    input wire  [7:0] lookup_write$value;
    
    // Constant declarations
    localparam  op_add = 4'h0;
    localparam  op_sub = 4'h1;
    localparam  op_mul = 4'h2;
    localparam  op_neg = 4'h3;
    localparam  op_abs = 4'h4;
    localparam  op_max = 4'h5;
    localparam  op_min = 4'h6;
    localparam  op_encode = 4'h7;
    localparam  op_decode = 4'h8;
    localparam  op_lookup = 4'h9;
    localparam  k127 = 16'h7f;
    localparam  k1 = 16'h1;
    localparam  zero_code = 8'h7f;
    localparam  sign_bit = 8'h80;
    localparam  zero8 = 8'h0;
    
    // Stub signals
    reg  decode$clock;
    reg  [7:0] decode$read_code;
    wire signed [15:0] decode$read_value;
    reg  lookup$clock;
    reg  [7:0] lookup$read_code;
    wire  [7:0] lookup$read_value;
    reg  encoder$clock;
    reg  encoder$in_valid;
    reg signed [31:0] encoder$in_value;
    wire  encoder$out_valid;
    wire  [7:0] encoder$out_code;
    wire signed [31:0] encoder$out_value;
    reg  [7:0] widen_encode$narrow;
    reg  widen_encode$fill;
    wire  [15:0] widen_encode$wide;
    reg  [3:0] s1_op$d;
    wire  [3:0] s1_op$q;
    reg  s1_op$clock;
    reg  [7:0] s1_code_a$d;
    wire  [7:0] s1_code_a$q;
    reg  s1_code_a$clock;
    reg  [7:0] s1_code_b$d;
    wire  [7:0] s1_code_b$q;
    reg  s1_code_b$clock;
    reg  [15:0] s1_x$d;
    wire  [15:0] s1_x$q;
    reg  s1_x$clock;
    reg  [15:0] s1_y$d;
    wire  [15:0] s1_y$q;
    reg  s1_y$clock;
    reg  [15:0] s1_d$d;
    wire  [15:0] s1_d$q;
    reg  s1_d$clock;
    reg  s2_lookup$d;
    wire  s2_lookup$q;
    reg  s2_lookup$clock;
    reg  [7:0] widen_lookup$narrow;
    reg  widen_lookup$fill;
    wire  [15:0] widen_lookup$wide;
    reg  [7:0] widen_simple$narrow;
    reg  widen_simple$fill;
    wire  [15:0] widen_simple$wide;
    reg  valid$0$d;
    wire  valid$0$q;
    reg  valid$0$clock;
    reg  valid$1$d;
    wire  valid$1$q;
    reg  valid$1$clock;
    reg  valid$2$d;
    wire  valid$2$q;
    reg  valid$2$clock;
    reg  valid$3$d;
    wire  valid$3$q;
    reg  valid$3$clock;
    reg  valid$4$d;
    wire  valid$4$q;
    reg  valid$4$clock;
    reg  valid$5$d;
    wire  valid$5$q;
    reg  valid$5$clock;
    reg  valid$6$d;
    wire  valid$6$q;
    reg  valid$6$clock;
    reg  valid$7$d;
    wire  valid$7$q;
    reg  valid$7$clock;
    reg  valid$8$d;
    wire  valid$8$q;
    reg  valid$8$clock;
    reg  valid$9$d;
    wire  valid$9$q;
    reg  valid$9$clock;
    reg  valid$10$d;
    wire  valid$10$q;
    reg  valid$10$clock;
    reg  valid$11$d;
    wire  valid$11$q;
    reg  valid$11$clock;
    reg  valid$12$d;
    wire  valid$12$q;
    reg  valid$12$clock;
    reg  valid$13$d;
    wire  valid$13$q;
    reg  valid$13$clock;
    reg  valid$14$d;
    wire  valid$14$q;
    reg  valid$14$clock;
    reg  valid$15$d;
    wire  valid$15$q;
    reg  valid$15$clock;
    reg  valid$16$d;
    wire  valid$16$q;
    reg  valid$16$clock;
    reg  valid$17$d;
    wire  valid$17$q;
    reg  valid$17$clock;
    reg  [15:0] tag$0$d;
    wire  [15:0] tag$0$q;
    reg  tag$0$clock;
    reg  [15:0] tag$1$d;
    wire  [15:0] tag$1$q;
    reg  tag$1$clock;
    reg  [15:0] tag$2$d;
    wire  [15:0] tag$2$q;
    reg  tag$2$clock;
    reg  [15:0] tag$3$d;
    wire  [15:0] tag$3$q;
    reg  tag$3$clock;
    reg  [15:0] tag$4$d;
    wire  [15:0] tag$4$q;
    reg  tag$4$clock;
    reg  [15:0] tag$5$d;
    wire  [15:0] tag$5$q;
    reg  tag$5$clock;
    reg  [15:0] tag$6$d;
    wire  [15:0] tag$6$q;
    reg  tag$6$clock;
    reg  [15:0] tag$7$d;
    wire  [15:0] tag$7$q;
    reg  tag$7$clock;
    reg  [15:0] tag$8$d;
    wire  [15:0] tag$8$q;
    reg  tag$8$clock;
    reg  [15:0] tag$9$d;
    wire  [15:0] tag$9$q;
    reg  tag$9$clock;
    reg  [15:0] tag$10$d;
    wire  [15:0] tag$10$q;
    reg  tag$10$clock;
    reg  [15:0] tag$11$d;
    wire  [15:0] tag$11$q;
    reg  tag$11$clock;
    reg  [15:0] tag$12$d;
    wire  [15:0] tag$12$q;
    reg  tag$12$clock;
    reg  [15:0] tag$13$d;
    wire  [15:0] tag$13$q;
    reg  tag$13$clock;
    reg  [15:0] tag$14$d;
    wire  [15:0] tag$14$q;
    reg  tag$14$clock;
    reg  [15:0] tag$15$d;
    wire  [15:0] tag$15$q;
    reg  tag$15$clock;
    reg  [15:0] tag$16$d;
    wire  [15:0] tag$16$q;
    reg  tag$16$clock;
    reg  [15:0] tag$17$d;
    wire  [15:0] tag$17$q;
    reg  tag$17$clock;
    reg  illegal$0$d;
    wire  illegal$0$q;
    reg  illegal$0$clock;
    reg  illegal$1$d;
    wire  illegal$1$q;
    reg  illegal$1$clock;
    reg  illegal$2$d;
    wire  illegal$2$q;
    reg  illegal$2$clock;
    reg  illegal$3$d;
    wire  illegal$3$q;
    reg  illegal$3$clock;
    reg  illegal$4$d;
    wire  illegal$4$q;
    reg  illegal$4$clock;
    reg  illegal$5$d;
    wire  illegal$5$q;
    reg  illegal$5$clock;
    reg  illegal$6$d;
    wire  illegal$6$q;
    reg  illegal$6$clock;
    reg  illegal$7$d;
    wire  illegal$7$q;
    reg  illegal$7$clock;
    reg  illegal$8$d;
    wire  illegal$8$q;
    reg  illegal$8$clock;
    reg  illegal$9$d;
    wire  illegal$9$q;
    reg  illegal$9$clock;
    reg  illegal$10$d;
    wire  illegal$10$q;
    reg  illegal$10$clock;
    reg  illegal$11$d;
    wire  illegal$11$q;
    reg  illegal$11$clock;
    reg  illegal$12$d;
    wire  illegal$12$q;
    reg  illegal$12$clock;
    reg  illegal$13$d;
    wire  illegal$13$q;
    reg  illegal$13$clock;
    reg  illegal$14$d;
    wire  illegal$14$q;
    reg  illegal$14$clock;
    reg  illegal$15$d;
    wire  illegal$15$q;
    reg  illegal$15$clock;
    reg  illegal$16$d;
    wire  illegal$16$q;
    reg  illegal$16$clock;
    reg  illegal$17$d;
    wire  illegal$17$q;
    reg  illegal$17$clock;
    reg  sext$0$d;
    wire  sext$0$q;
    reg  sext$0$clock;
    reg  sext$1$d;
    wire  sext$1$q;
    reg  sext$1$clock;
    reg  sext$2$d;
    wire  sext$2$q;
    reg  sext$2$clock;
    reg  sext$3$d;
    wire  sext$3$q;
    reg  sext$3$clock;
    reg  sext$4$d;
    wire  sext$4$q;
    reg  sext$4$clock;
    reg  sext$5$d;
    wire  sext$5$q;
    reg  sext$5$clock;
    reg  sext$6$d;
    wire  sext$6$q;
    reg  sext$6$clock;
    reg  sext$7$d;
    wire  sext$7$q;
    reg  sext$7$clock;
    reg  sext$8$d;
    wire  sext$8$q;
    reg  sext$8$clock;
    reg  sext$9$d;
    wire  sext$9$q;
    reg  sext$9$clock;
    reg  sext$10$d;
    wire  sext$10$q;
    reg  sext$10$clock;
    reg  sext$11$d;
    wire  sext$11$q;
    reg  sext$11$clock;
    reg  sext$12$d;
    wire  sext$12$q;
    reg  sext$12$clock;
    reg  sext$13$d;
    wire  sext$13$q;
    reg  sext$13$clock;
    reg  sext$14$d;
    wire  sext$14$q;
    reg  sext$14$clock;
    reg  sext$15$d;
    wire  sext$15$q;
    reg  sext$15$clock;
    reg  sext$16$d;
    wire  sext$16$q;
    reg  sext$16$clock;
    reg  sext$17$d;
    wire  sext$17$q;
    reg  sext$17$clock;
    reg  search$0$d;
    wire  search$0$q;
    reg  search$0$clock;
    reg  search$1$d;
    wire  search$1$q;
    reg  search$1$clock;
    reg  search$2$d;
    wire  search$2$q;
    reg  search$2$clock;
    reg  search$3$d;
    wire  search$3$q;
    reg  search$3$clock;
    reg  search$4$d;
    wire  search$4$q;
    reg  search$4$clock;
    reg  search$5$d;
    wire  search$5$q;
    reg  search$5$clock;
    reg  search$6$d;
    wire  search$6$q;
    reg  search$6$clock;
    reg  search$7$d;
    wire  search$7$q;
    reg  search$7$clock;
    reg  search$8$d;
    wire  search$8$q;
    reg  search$8$clock;
    reg  search$9$d;
    wire  search$9$q;
    reg  search$9$clock;
    reg  search$10$d;
    wire  search$10$q;
    reg  search$10$clock;
    reg  search$11$d;
    wire  search$11$q;
    reg  search$11$clock;
    reg  search$12$d;
    wire  search$12$q;
    reg  search$12$clock;
    reg  search$13$d;
    wire  search$13$q;
    reg  search$13$clock;
    reg  search$14$d;
    wire  search$14$q;
    reg  search$14$clock;
    reg  [15:0] res$0$d;
    wire  [15:0] res$0$q;
    reg  res$0$clock;
    reg  [15:0] res$1$d;
    wire  [15:0] res$1$q;
    reg  res$1$clock;
    reg  [15:0] res$2$d;
    wire  [15:0] res$2$q;
    reg  res$2$clock;
    reg  [15:0] res$3$d;
    wire  [15:0] res$3$q;
    reg  res$3$clock;
    reg  [15:0] res$4$d;
    wire  [15:0] res$4$q;
    reg  res$4$clock;
    reg  [15:0] res$5$d;
    wire  [15:0] res$5$q;
    reg  res$5$clock;
    reg  [15:0] res$6$d;
    wire  [15:0] res$6$q;
    reg  res$6$clock;
    reg  [15:0] res$7$d;
    wire  [15:0] res$7$q;
    reg  res$7$clock;
    reg  [15:0] res$8$d;
    wire  [15:0] res$8$q;
    reg  res$8$clock;
    reg  [15:0] res$9$d;
    wire  [15:0] res$9$q;
    reg  res$9$clock;
    reg  [15:0] res$10$d;
    wire  [15:0] res$10$q;
    reg  res$10$clock;
    reg  [15:0] res$11$d;
    wire  [15:0] res$11$q;
    reg  res$11$clock;
    reg  [15:0] res$12$d;
    wire  [15:0] res$12$q;
    reg  res$12$clock;
    reg  [15:0] res$13$d;
    wire  [15:0] res$13$q;
    reg  res$13$clock;
    reg  [15:0] res$14$d;
    wire  [15:0] res$14$q;
    reg  res$14$clock;
    reg  [15:0] res$15$d;
    wire  [15:0] res$15$q;
    reg  res$15$clock;
    reg  [15:0] res$16$d;
    wire  [15:0] res$16$q;
    reg  res$16$clock;
    reg  [15:0] absn$0$d;
    wire  [15:0] absn$0$q;
    reg  absn$0$clock;
    reg  [15:0] absn$1$d;
    wire  [15:0] absn$1$q;
    reg  absn$1$clock;
    reg  [15:0] absn$2$d;
    wire  [15:0] absn$2$q;
    reg  absn$2$clock;
    reg  [15:0] absn$3$d;
    wire  [15:0] absn$3$q;
    reg  absn$3$clock;
    reg  [15:0] absn$4$d;
    wire  [15:0] absn$4$q;
    reg  absn$4$clock;
    reg  [15:0] absn$5$d;
    wire  [15:0] absn$5$q;
    reg  absn$5$clock;
    reg  [15:0] absn$6$d;
    wire  [15:0] absn$6$q;
    reg  absn$6$clock;
    reg  [15:0] absn$7$d;
    wire  [15:0] absn$7$q;
    reg  absn$7$clock;
    reg  [15:0] absn$8$d;
    wire  [15:0] absn$8$q;
    reg  absn$8$clock;
    reg  [15:0] absn$9$d;
    wire  [15:0] absn$9$q;
    reg  absn$9$clock;
    reg  [15:0] absn$10$d;
    wire  [15:0] absn$10$q;
    reg  absn$10$clock;
    reg  [15:0] absn$11$d;
    wire  [15:0] absn$11$q;
    reg  absn$11$clock;
    reg  [15:0] absn$12$d;
    wire  [15:0] absn$12$q;
    reg  absn$12$clock;
    reg  [15:0] den$0$d;
    wire  [15:0] den$0$q;
    reg  den$0$clock;
    reg  [15:0] den$1$d;
    wire  [15:0] den$1$q;
    reg  den$1$clock;
    reg  [15:0] den$2$d;
    wire  [15:0] den$2$q;
    reg  den$2$clock;
    reg  [15:0] den$3$d;
    wire  [15:0] den$3$q;
    reg  den$3$clock;
    reg  [15:0] den$4$d;
    wire  [15:0] den$4$q;
    reg  den$4$clock;
    reg  [15:0] den$5$d;
    wire  [15:0] den$5$q;
    reg  den$5$clock;
    reg  [15:0] den$6$d;
    wire  [15:0] den$6$q;
    reg  den$6$clock;
    reg  [15:0] den$7$d;
    wire  [15:0] den$7$q;
    reg  den$7$clock;
    reg  [15:0] den$8$d;
    wire  [15:0] den$8$q;
    reg  den$8$clock;
    reg  [15:0] den$9$d;
    wire  [15:0] den$9$q;
    reg  den$9$clock;
    reg  [15:0] den$10$d;
    wire  [15:0] den$10$q;
    reg  den$10$clock;
    reg  [15:0] den$11$d;
    wire  [15:0] den$11$q;
    reg  den$11$clock;
    reg  [15:0] den$12$d;
    wire  [15:0] den$12$q;
    reg  den$12$clock;
    reg  neg$0$d;
    wire  neg$0$q;
    reg  neg$0$clock;
    reg  neg$1$d;
    wire  neg$1$q;
    reg  neg$1$clock;
    reg  neg$2$d;
    wire  neg$2$q;
    reg  neg$2$clock;
    reg  neg$3$d;
    wire  neg$3$q;
    reg  neg$3$clock;
    reg  neg$4$d;
    wire  neg$4$q;
    reg  neg$4$clock;
    reg  neg$5$d;
    wire  neg$5$q;
    reg  neg$5$clock;
    reg  neg$6$d;
    wire  neg$6$q;
    reg  neg$6$clock;
    reg  neg$7$d;
    wire  neg$7$q;
    reg  neg$7$clock;
    reg  neg$8$d;
    wire  neg$8$q;
    reg  neg$8$clock;
    reg  neg$9$d;
    wire  neg$9$q;
    reg  neg$9$clock;
    reg  neg$10$d;
    wire  neg$10$q;
    reg  neg$10$clock;
    reg  neg$11$d;
    wire  neg$11$q;
    reg  neg$11$clock;
    reg  neg$12$d;
    wire  neg$12$q;
    reg  neg$12$clock;
    reg  neg$13$d;
    wire  neg$13$q;
    reg  neg$13$clock;
    reg  [7:0] m$0$d;
    wire  [7:0] m$0$q;
    reg  m$0$clock;
    reg  [7:0] m$1$d;
    wire  [7:0] m$1$q;
    reg  m$1$clock;
    reg  [7:0] m$2$d;
    wire  [7:0] m$2$q;
    reg  m$2$clock;
    reg  [7:0] m$3$d;
    wire  [7:0] m$3$q;
    reg  m$3$clock;
    reg  [7:0] m$4$d;
    wire  [7:0] m$4$q;
    reg  m$4$clock;
    reg  [7:0] m$5$d;
    wire  [7:0] m$5$q;
    reg  m$5$clock;
    reg  steps$0$clock;
    reg  [15:0] steps$0$abs_num;
    reg  [15:0] steps$0$den;
    reg  [7:0] steps$0$m_in;
    wire  [7:0] steps$0$m_out;
    reg  steps$1$clock;
    reg  [15:0] steps$1$abs_num;
    reg  [15:0] steps$1$den;
    reg  [7:0] steps$1$m_in;
    wire  [7:0] steps$1$m_out;
    reg  steps$2$clock;
    reg  [15:0] steps$2$abs_num;
    reg  [15:0] steps$2$den;
    reg  [7:0] steps$2$m_in;
    wire  [7:0] steps$2$m_out;
    reg  steps$3$clock;
    reg  [15:0] steps$3$abs_num;
    reg  [15:0] steps$3$den;
    reg  [7:0] steps$3$m_in;
    wire  [7:0] steps$3$m_out;
    reg  steps$4$clock;
    reg  [15:0] steps$4$abs_num;
    reg  [15:0] steps$4$den;
    reg  [7:0] steps$4$m_in;
    wire  [7:0] steps$4$m_out;
    reg  steps$5$clock;
    reg  [15:0] steps$5$abs_num;
    reg  [15:0] steps$5$den;
    reg  [7:0] steps$5$m_in;
    wire  [7:0] steps$5$m_out;
    reg  steps$6$clock;
    reg  [15:0] steps$6$abs_num;
    reg  [15:0] steps$6$den;
    reg  [7:0] steps$6$m_in;
    wire  [7:0] steps$6$m_out;
    reg  [7:0] widen_search$narrow;
    reg  widen_search$fill;
    wire  [15:0] widen_search$wide;
    reg  [15:0] widen_out$narrow;
    reg  widen_out$fill;
    wire  [31:0] widen_out$wide;
    
    // Local signals
    reg  [7:0] code_a;
    reg  [7:0] code_b;
    reg  [15:0] mag_a0;
    reg  [15:0] mag_b0;
    reg  [15:0] num_a;
    reg  [15:0] num_b;
    reg  [15:0] den_a;
    reg  [15:0] den_b;
    reg  [15:0] factor;
    reg  [31:0] prod_x;
    reg  [31:0] prod_y;
    reg  [31:0] prod_d;
    reg  sign_a;
    reg  sign_b;
    reg  sign_y;
    reg  zero_a;
    reg  zero_b;
    reg  neg_a;
    reg  neg_b;
    reg  [7:0] canon_a;
    reg  [7:0] canon_b;
    reg  a_lt_b;
    reg  a_gt_b;
    reg  [7:0] simple_code;
    reg  [7:0] search_code;
    
    // Sub module instances
    qins_alu$decode decode(
        .clock(decode$clock),
        .read_code(decode$read_code),
        .read_value(decode$read_value),
        .write$enable(decode_write$enable),
        .write$index(decode_write$index),
        .write$value(decode_write$value)
    );
    qins_alu$lookup lookup(
        .clock(lookup$clock),
        .read_code(lookup$read_code),
        .read_value(lookup$read_value),
        .write$enable(lookup_write$enable),
        .write$index(lookup_write$index),
        .write$value(lookup_write$value)
    );
    qins_alu$encoder encoder(
        .clock(encoder$clock),
        .in_valid(encoder$in_valid),
        .in_value(encoder$in_value),
        .out_valid(encoder$out_valid),
        .out_code(encoder$out_code),
        .out_value(encoder$out_value),
        .threshold_write$enable(threshold_write$enable),
        .threshold_write$index(threshold_write$index),
        .threshold_write$value(threshold_write$value),
        .code_write$enable(code_write$enable),
        .code_write$index(code_write$index),
        .code_write$value(code_write$value)
    );
    qins_alu$widen_encode widen_encode(
        .narrow(widen_encode$narrow),
        .fill(widen_encode$fill),
        .wide(widen_encode$wide)
    );
    qins_alu$s1_op s1_op(
        .d(s1_op$d),
        .q(s1_op$q),
        .clock(s1_op$clock)
    );
    qins_alu$s1_code_a s1_code_a(
        .d(s1_code_a$d),
        .q(s1_code_a$q),
        .clock(s1_code_a$clock)
    );
    qins_alu$s1_code_b s1_code_b(
        .d(s1_code_b$d),
        .q(s1_code_b$q),
        .clock(s1_code_b$clock)
    );
    qins_alu$s1_x s1_x(
        .d(s1_x$d),
        .q(s1_x$q),
        .clock(s1_x$clock)
    );
    qins_alu$s1_y s1_y(
        .d(s1_y$d),
        .q(s1_y$q),
        .clock(s1_y$clock)
    );
    qins_alu$s1_d s1_d(
        .d(s1_d$d),
        .q(s1_d$q),
        .clock(s1_d$clock)
    );
    qins_alu$s2_lookup s2_lookup(
        .d(s2_lookup$d),
        .q(s2_lookup$q),
        .clock(s2_lookup$clock)
    );
    qins_alu$widen_lookup widen_lookup(
        .narrow(widen_lookup$narrow),
        .fill(widen_lookup$fill),
        .wide(widen_lookup$wide)
    );
    qins_alu$widen_simple widen_simple(
        .narrow(widen_simple$narrow),
        .fill(widen_simple$fill),
        .wide(widen_simple$wide)
    );
    qins_alu$valid$0 valid$0(
        .d(valid$0$d),
        .q(valid$0$q),
        .clock(valid$0$clock)
    );
    qins_alu$valid$1 valid$1(
        .d(valid$1$d),
        .q(valid$1$q),
        .clock(valid$1$clock)
    );
    qins_alu$valid$2 valid$2(
        .d(valid$2$d),
        .q(valid$2$q),
        .clock(valid$2$clock)
    );
    qins_alu$valid$3 valid$3(
        .d(valid$3$d),
        .q(valid$3$q),
        .clock(valid$3$clock)
    );
    qins_alu$valid$4 valid$4(
        .d(valid$4$d),
        .q(valid$4$q),
        .clock(valid$4$clock)
    );
    qins_alu$valid$5 valid$5(
        .d(valid$5$d),
        .q(valid$5$q),
        .clock(valid$5$clock)
    );
    qins_alu$valid$6 valid$6(
        .d(valid$6$d),
        .q(valid$6$q),
        .clock(valid$6$clock)
    );
    qins_alu$valid$7 valid$7(
        .d(valid$7$d),
        .q(valid$7$q),
        .clock(valid$7$clock)
    );
    qins_alu$valid$8 valid$8(
        .d(valid$8$d),
        .q(valid$8$q),
        .clock(valid$8$clock)
    );
    qins_alu$valid$9 valid$9(
        .d(valid$9$d),
        .q(valid$9$q),
        .clock(valid$9$clock)
    );
    qins_alu$valid$10 valid$10(
        .d(valid$10$d),
        .q(valid$10$q),
        .clock(valid$10$clock)
    );
    qins_alu$valid$11 valid$11(
        .d(valid$11$d),
        .q(valid$11$q),
        .clock(valid$11$clock)
    );
    qins_alu$valid$12 valid$12(
        .d(valid$12$d),
        .q(valid$12$q),
        .clock(valid$12$clock)
    );
    qins_alu$valid$13 valid$13(
        .d(valid$13$d),
        .q(valid$13$q),
        .clock(valid$13$clock)
    );
    qins_alu$valid$14 valid$14(
        .d(valid$14$d),
        .q(valid$14$q),
        .clock(valid$14$clock)
    );
    qins_alu$valid$15 valid$15(
        .d(valid$15$d),
        .q(valid$15$q),
        .clock(valid$15$clock)
    );
    qins_alu$valid$16 valid$16(
        .d(valid$16$d),
        .q(valid$16$q),
        .clock(valid$16$clock)
    );
    qins_alu$valid$17 valid$17(
        .d(valid$17$d),
        .q(valid$17$q),
        .clock(valid$17$clock)
    );
    qins_alu$tag$0 tag$0(
        .d(tag$0$d),
        .q(tag$0$q),
        .clock(tag$0$clock)
    );
    qins_alu$tag$1 tag$1(
        .d(tag$1$d),
        .q(tag$1$q),
        .clock(tag$1$clock)
    );
    qins_alu$tag$2 tag$2(
        .d(tag$2$d),
        .q(tag$2$q),
        .clock(tag$2$clock)
    );
    qins_alu$tag$3 tag$3(
        .d(tag$3$d),
        .q(tag$3$q),
        .clock(tag$3$clock)
    );
    qins_alu$tag$4 tag$4(
        .d(tag$4$d),
        .q(tag$4$q),
        .clock(tag$4$clock)
    );
    qins_alu$tag$5 tag$5(
        .d(tag$5$d),
        .q(tag$5$q),
        .clock(tag$5$clock)
    );
    qins_alu$tag$6 tag$6(
        .d(tag$6$d),
        .q(tag$6$q),
        .clock(tag$6$clock)
    );
    qins_alu$tag$7 tag$7(
        .d(tag$7$d),
        .q(tag$7$q),
        .clock(tag$7$clock)
    );
    qins_alu$tag$8 tag$8(
        .d(tag$8$d),
        .q(tag$8$q),
        .clock(tag$8$clock)
    );
    qins_alu$tag$9 tag$9(
        .d(tag$9$d),
        .q(tag$9$q),
        .clock(tag$9$clock)
    );
    qins_alu$tag$10 tag$10(
        .d(tag$10$d),
        .q(tag$10$q),
        .clock(tag$10$clock)
    );
    qins_alu$tag$11 tag$11(
        .d(tag$11$d),
        .q(tag$11$q),
        .clock(tag$11$clock)
    );
    qins_alu$tag$12 tag$12(
        .d(tag$12$d),
        .q(tag$12$q),
        .clock(tag$12$clock)
    );
    qins_alu$tag$13 tag$13(
        .d(tag$13$d),
        .q(tag$13$q),
        .clock(tag$13$clock)
    );
    qins_alu$tag$14 tag$14(
        .d(tag$14$d),
        .q(tag$14$q),
        .clock(tag$14$clock)
    );
    qins_alu$tag$15 tag$15(
        .d(tag$15$d),
        .q(tag$15$q),
        .clock(tag$15$clock)
    );
    qins_alu$tag$16 tag$16(
        .d(tag$16$d),
        .q(tag$16$q),
        .clock(tag$16$clock)
    );
    qins_alu$tag$17 tag$17(
        .d(tag$17$d),
        .q(tag$17$q),
        .clock(tag$17$clock)
    );
    qins_alu$illegal$0 illegal$0(
        .d(illegal$0$d),
        .q(illegal$0$q),
        .clock(illegal$0$clock)
    );
    qins_alu$illegal$1 illegal$1(
        .d(illegal$1$d),
        .q(illegal$1$q),
        .clock(illegal$1$clock)
    );
    qins_alu$illegal$2 illegal$2(
        .d(illegal$2$d),
        .q(illegal$2$q),
        .clock(illegal$2$clock)
    );
    qins_alu$illegal$3 illegal$3(
        .d(illegal$3$d),
        .q(illegal$3$q),
        .clock(illegal$3$clock)
    );
    qins_alu$illegal$4 illegal$4(
        .d(illegal$4$d),
        .q(illegal$4$q),
        .clock(illegal$4$clock)
    );
    qins_alu$illegal$5 illegal$5(
        .d(illegal$5$d),
        .q(illegal$5$q),
        .clock(illegal$5$clock)
    );
    qins_alu$illegal$6 illegal$6(
        .d(illegal$6$d),
        .q(illegal$6$q),
        .clock(illegal$6$clock)
    );
    qins_alu$illegal$7 illegal$7(
        .d(illegal$7$d),
        .q(illegal$7$q),
        .clock(illegal$7$clock)
    );
    qins_alu$illegal$8 illegal$8(
        .d(illegal$8$d),
        .q(illegal$8$q),
        .clock(illegal$8$clock)
    );
    qins_alu$illegal$9 illegal$9(
        .d(illegal$9$d),
        .q(illegal$9$q),
        .clock(illegal$9$clock)
    );
    qins_alu$illegal$10 illegal$10(
        .d(illegal$10$d),
        .q(illegal$10$q),
        .clock(illegal$10$clock)
    );
    qins_alu$illegal$11 illegal$11(
        .d(illegal$11$d),
        .q(illegal$11$q),
        .clock(illegal$11$clock)
    );
    qins_alu$illegal$12 illegal$12(
        .d(illegal$12$d),
        .q(illegal$12$q),
        .clock(illegal$12$clock)
    );
    qins_alu$illegal$13 illegal$13(
        .d(illegal$13$d),
        .q(illegal$13$q),
        .clock(illegal$13$clock)
    );
    qins_alu$illegal$14 illegal$14(
        .d(illegal$14$d),
        .q(illegal$14$q),
        .clock(illegal$14$clock)
    );
    qins_alu$illegal$15 illegal$15(
        .d(illegal$15$d),
        .q(illegal$15$q),
        .clock(illegal$15$clock)
    );
    qins_alu$illegal$16 illegal$16(
        .d(illegal$16$d),
        .q(illegal$16$q),
        .clock(illegal$16$clock)
    );
    qins_alu$illegal$17 illegal$17(
        .d(illegal$17$d),
        .q(illegal$17$q),
        .clock(illegal$17$clock)
    );
    qins_alu$sext$0 sext$0(
        .d(sext$0$d),
        .q(sext$0$q),
        .clock(sext$0$clock)
    );
    qins_alu$sext$1 sext$1(
        .d(sext$1$d),
        .q(sext$1$q),
        .clock(sext$1$clock)
    );
    qins_alu$sext$2 sext$2(
        .d(sext$2$d),
        .q(sext$2$q),
        .clock(sext$2$clock)
    );
    qins_alu$sext$3 sext$3(
        .d(sext$3$d),
        .q(sext$3$q),
        .clock(sext$3$clock)
    );
    qins_alu$sext$4 sext$4(
        .d(sext$4$d),
        .q(sext$4$q),
        .clock(sext$4$clock)
    );
    qins_alu$sext$5 sext$5(
        .d(sext$5$d),
        .q(sext$5$q),
        .clock(sext$5$clock)
    );
    qins_alu$sext$6 sext$6(
        .d(sext$6$d),
        .q(sext$6$q),
        .clock(sext$6$clock)
    );
    qins_alu$sext$7 sext$7(
        .d(sext$7$d),
        .q(sext$7$q),
        .clock(sext$7$clock)
    );
    qins_alu$sext$8 sext$8(
        .d(sext$8$d),
        .q(sext$8$q),
        .clock(sext$8$clock)
    );
    qins_alu$sext$9 sext$9(
        .d(sext$9$d),
        .q(sext$9$q),
        .clock(sext$9$clock)
    );
    qins_alu$sext$10 sext$10(
        .d(sext$10$d),
        .q(sext$10$q),
        .clock(sext$10$clock)
    );
    qins_alu$sext$11 sext$11(
        .d(sext$11$d),
        .q(sext$11$q),
        .clock(sext$11$clock)
    );
    qins_alu$sext$12 sext$12(
        .d(sext$12$d),
        .q(sext$12$q),
        .clock(sext$12$clock)
    );
    qins_alu$sext$13 sext$13(
        .d(sext$13$d),
        .q(sext$13$q),
        .clock(sext$13$clock)
    );
    qins_alu$sext$14 sext$14(
        .d(sext$14$d),
        .q(sext$14$q),
        .clock(sext$14$clock)
    );
    qins_alu$sext$15 sext$15(
        .d(sext$15$d),
        .q(sext$15$q),
        .clock(sext$15$clock)
    );
    qins_alu$sext$16 sext$16(
        .d(sext$16$d),
        .q(sext$16$q),
        .clock(sext$16$clock)
    );
    qins_alu$sext$17 sext$17(
        .d(sext$17$d),
        .q(sext$17$q),
        .clock(sext$17$clock)
    );
    qins_alu$search$0 search$0(
        .d(search$0$d),
        .q(search$0$q),
        .clock(search$0$clock)
    );
    qins_alu$search$1 search$1(
        .d(search$1$d),
        .q(search$1$q),
        .clock(search$1$clock)
    );
    qins_alu$search$2 search$2(
        .d(search$2$d),
        .q(search$2$q),
        .clock(search$2$clock)
    );
    qins_alu$search$3 search$3(
        .d(search$3$d),
        .q(search$3$q),
        .clock(search$3$clock)
    );
    qins_alu$search$4 search$4(
        .d(search$4$d),
        .q(search$4$q),
        .clock(search$4$clock)
    );
    qins_alu$search$5 search$5(
        .d(search$5$d),
        .q(search$5$q),
        .clock(search$5$clock)
    );
    qins_alu$search$6 search$6(
        .d(search$6$d),
        .q(search$6$q),
        .clock(search$6$clock)
    );
    qins_alu$search$7 search$7(
        .d(search$7$d),
        .q(search$7$q),
        .clock(search$7$clock)
    );
    qins_alu$search$8 search$8(
        .d(search$8$d),
        .q(search$8$q),
        .clock(search$8$clock)
    );
    qins_alu$search$9 search$9(
        .d(search$9$d),
        .q(search$9$q),
        .clock(search$9$clock)
    );
    qins_alu$search$10 search$10(
        .d(search$10$d),
        .q(search$10$q),
        .clock(search$10$clock)
    );
    qins_alu$search$11 search$11(
        .d(search$11$d),
        .q(search$11$q),
        .clock(search$11$clock)
    );
    qins_alu$search$12 search$12(
        .d(search$12$d),
        .q(search$12$q),
        .clock(search$12$clock)
    );
    qins_alu$search$13 search$13(
        .d(search$13$d),
        .q(search$13$q),
        .clock(search$13$clock)
    );
    qins_alu$search$14 search$14(
        .d(search$14$d),
        .q(search$14$q),
        .clock(search$14$clock)
    );
    qins_alu$res$0 res$0(
        .d(res$0$d),
        .q(res$0$q),
        .clock(res$0$clock)
    );
    qins_alu$res$1 res$1(
        .d(res$1$d),
        .q(res$1$q),
        .clock(res$1$clock)
    );
    qins_alu$res$2 res$2(
        .d(res$2$d),
        .q(res$2$q),
        .clock(res$2$clock)
    );
    qins_alu$res$3 res$3(
        .d(res$3$d),
        .q(res$3$q),
        .clock(res$3$clock)
    );
    qins_alu$res$4 res$4(
        .d(res$4$d),
        .q(res$4$q),
        .clock(res$4$clock)
    );
    qins_alu$res$5 res$5(
        .d(res$5$d),
        .q(res$5$q),
        .clock(res$5$clock)
    );
    qins_alu$res$6 res$6(
        .d(res$6$d),
        .q(res$6$q),
        .clock(res$6$clock)
    );
    qins_alu$res$7 res$7(
        .d(res$7$d),
        .q(res$7$q),
        .clock(res$7$clock)
    );
    qins_alu$res$8 res$8(
        .d(res$8$d),
        .q(res$8$q),
        .clock(res$8$clock)
    );
    qins_alu$res$9 res$9(
        .d(res$9$d),
        .q(res$9$q),
        .clock(res$9$clock)
    );
    qins_alu$res$10 res$10(
        .d(res$10$d),
        .q(res$10$q),
        .clock(res$10$clock)
    );
    qins_alu$res$11 res$11(
        .d(res$11$d),
        .q(res$11$q),
        .clock(res$11$clock)
    );
    qins_alu$res$12 res$12(
        .d(res$12$d),
        .q(res$12$q),
        .clock(res$12$clock)
    );
    qins_alu$res$13 res$13(
        .d(res$13$d),
        .q(res$13$q),
        .clock(res$13$clock)
    );
    qins_alu$res$14 res$14(
        .d(res$14$d),
        .q(res$14$q),
        .clock(res$14$clock)
    );
    qins_alu$res$15 res$15(
        .d(res$15$d),
        .q(res$15$q),
        .clock(res$15$clock)
    );
    qins_alu$res$16 res$16(
        .d(res$16$d),
        .q(res$16$q),
        .clock(res$16$clock)
    );
    qins_alu$absn$0 absn$0(
        .d(absn$0$d),
        .q(absn$0$q),
        .clock(absn$0$clock)
    );
    qins_alu$absn$1 absn$1(
        .d(absn$1$d),
        .q(absn$1$q),
        .clock(absn$1$clock)
    );
    qins_alu$absn$2 absn$2(
        .d(absn$2$d),
        .q(absn$2$q),
        .clock(absn$2$clock)
    );
    qins_alu$absn$3 absn$3(
        .d(absn$3$d),
        .q(absn$3$q),
        .clock(absn$3$clock)
    );
    qins_alu$absn$4 absn$4(
        .d(absn$4$d),
        .q(absn$4$q),
        .clock(absn$4$clock)
    );
    qins_alu$absn$5 absn$5(
        .d(absn$5$d),
        .q(absn$5$q),
        .clock(absn$5$clock)
    );
    qins_alu$absn$6 absn$6(
        .d(absn$6$d),
        .q(absn$6$q),
        .clock(absn$6$clock)
    );
    qins_alu$absn$7 absn$7(
        .d(absn$7$d),
        .q(absn$7$q),
        .clock(absn$7$clock)
    );
    qins_alu$absn$8 absn$8(
        .d(absn$8$d),
        .q(absn$8$q),
        .clock(absn$8$clock)
    );
    qins_alu$absn$9 absn$9(
        .d(absn$9$d),
        .q(absn$9$q),
        .clock(absn$9$clock)
    );
    qins_alu$absn$10 absn$10(
        .d(absn$10$d),
        .q(absn$10$q),
        .clock(absn$10$clock)
    );
    qins_alu$absn$11 absn$11(
        .d(absn$11$d),
        .q(absn$11$q),
        .clock(absn$11$clock)
    );
    qins_alu$absn$12 absn$12(
        .d(absn$12$d),
        .q(absn$12$q),
        .clock(absn$12$clock)
    );
    qins_alu$den$0 den$0(
        .d(den$0$d),
        .q(den$0$q),
        .clock(den$0$clock)
    );
    qins_alu$den$1 den$1(
        .d(den$1$d),
        .q(den$1$q),
        .clock(den$1$clock)
    );
    qins_alu$den$2 den$2(
        .d(den$2$d),
        .q(den$2$q),
        .clock(den$2$clock)
    );
    qins_alu$den$3 den$3(
        .d(den$3$d),
        .q(den$3$q),
        .clock(den$3$clock)
    );
    qins_alu$den$4 den$4(
        .d(den$4$d),
        .q(den$4$q),
        .clock(den$4$clock)
    );
    qins_alu$den$5 den$5(
        .d(den$5$d),
        .q(den$5$q),
        .clock(den$5$clock)
    );
    qins_alu$den$6 den$6(
        .d(den$6$d),
        .q(den$6$q),
        .clock(den$6$clock)
    );
    qins_alu$den$7 den$7(
        .d(den$7$d),
        .q(den$7$q),
        .clock(den$7$clock)
    );
    qins_alu$den$8 den$8(
        .d(den$8$d),
        .q(den$8$q),
        .clock(den$8$clock)
    );
    qins_alu$den$9 den$9(
        .d(den$9$d),
        .q(den$9$q),
        .clock(den$9$clock)
    );
    qins_alu$den$10 den$10(
        .d(den$10$d),
        .q(den$10$q),
        .clock(den$10$clock)
    );
    qins_alu$den$11 den$11(
        .d(den$11$d),
        .q(den$11$q),
        .clock(den$11$clock)
    );
    qins_alu$den$12 den$12(
        .d(den$12$d),
        .q(den$12$q),
        .clock(den$12$clock)
    );
    qins_alu$neg$0 neg$0(
        .d(neg$0$d),
        .q(neg$0$q),
        .clock(neg$0$clock)
    );
    qins_alu$neg$1 neg$1(
        .d(neg$1$d),
        .q(neg$1$q),
        .clock(neg$1$clock)
    );
    qins_alu$neg$2 neg$2(
        .d(neg$2$d),
        .q(neg$2$q),
        .clock(neg$2$clock)
    );
    qins_alu$neg$3 neg$3(
        .d(neg$3$d),
        .q(neg$3$q),
        .clock(neg$3$clock)
    );
    qins_alu$neg$4 neg$4(
        .d(neg$4$d),
        .q(neg$4$q),
        .clock(neg$4$clock)
    );
    qins_alu$neg$5 neg$5(
        .d(neg$5$d),
        .q(neg$5$q),
        .clock(neg$5$clock)
    );
    qins_alu$neg$6 neg$6(
        .d(neg$6$d),
        .q(neg$6$q),
        .clock(neg$6$clock)
    );
    qins_alu$neg$7 neg$7(
        .d(neg$7$d),
        .q(neg$7$q),
        .clock(neg$7$clock)
    );
    qins_alu$neg$8 neg$8(
        .d(neg$8$d),
        .q(neg$8$q),
        .clock(neg$8$clock)
    );
    qins_alu$neg$9 neg$9(
        .d(neg$9$d),
        .q(neg$9$q),
        .clock(neg$9$clock)
    );
    qins_alu$neg$10 neg$10(
        .d(neg$10$d),
        .q(neg$10$q),
        .clock(neg$10$clock)
    );
    qins_alu$neg$11 neg$11(
        .d(neg$11$d),
        .q(neg$11$q),
        .clock(neg$11$clock)
    );
    qins_alu$neg$12 neg$12(
        .d(neg$12$d),
        .q(neg$12$q),
        .clock(neg$12$clock)
    );
    qins_alu$neg$13 neg$13(
        .d(neg$13$d),
        .q(neg$13$q),
        .clock(neg$13$clock)
    );
    qins_alu$m$0 m$0(
        .d(m$0$d),
        .q(m$0$q),
        .clock(m$0$clock)
    );
    qins_alu$m$1 m$1(
        .d(m$1$d),
        .q(m$1$q),
        .clock(m$1$clock)
    );
    qins_alu$m$2 m$2(
        .d(m$2$d),
        .q(m$2$q),
        .clock(m$2$clock)
    );
    qins_alu$m$3 m$3(
        .d(m$3$d),
        .q(m$3$q),
        .clock(m$3$clock)
    );
    qins_alu$m$4 m$4(
        .d(m$4$d),
        .q(m$4$q),
        .clock(m$4$clock)
    );
    qins_alu$m$5 m$5(
        .d(m$5$d),
        .q(m$5$q),
        .clock(m$5$clock)
    );
    qins_alu$steps$0 steps$0(
        .clock(steps$0$clock),
        .abs_num(steps$0$abs_num),
        .den(steps$0$den),
        .m_in(steps$0$m_in),
        .m_out(steps$0$m_out)
    );
    qins_alu$steps$1 steps$1(
        .clock(steps$1$clock),
        .abs_num(steps$1$abs_num),
        .den(steps$1$den),
        .m_in(steps$1$m_in),
        .m_out(steps$1$m_out)
    );
    qins_alu$steps$2 steps$2(
        .clock(steps$2$clock),
        .abs_num(steps$2$abs_num),
        .den(steps$2$den),
        .m_in(steps$2$m_in),
        .m_out(steps$2$m_out)
    );
    qins_alu$steps$3 steps$3(
        .clock(steps$3$clock),
        .abs_num(steps$3$abs_num),
        .den(steps$3$den),
        .m_in(steps$3$m_in),
        .m_out(steps$3$m_out)
    );
    qins_alu$steps$4 steps$4(
        .clock(steps$4$clock),
        .abs_num(steps$4$abs_num),
        .den(steps$4$den),
        .m_in(steps$4$m_in),
        .m_out(steps$4$m_out)
    );
    qins_alu$steps$5 steps$5(
        .clock(steps$5$clock),
        .abs_num(steps$5$abs_num),
        .den(steps$5$den),
        .m_in(steps$5$m_in),
        .m_out(steps$5$m_out)
    );
    qins_alu$steps$6 steps$6(
        .clock(steps$6$clock),
        .abs_num(steps$6$abs_num),
        .den(steps$6$den),
        .m_in(steps$6$m_in),
        .m_out(steps$6$m_out)
    );
    qins_alu$widen_search widen_search(
        .narrow(widen_search$narrow),
        .fill(widen_search$fill),
        .wide(widen_search$wide)
    );
    qins_alu$widen_out widen_out(
        .narrow(widen_out$narrow),
        .fill(widen_out$fill),
        .wide(widen_out$wide)
    );
    
    // Update code
    always @(*) begin
        s1_op$clock = clock;
        s1_code_a$clock = clock;
        s1_code_b$clock = clock;
        s1_x$clock = clock;
        s1_y$clock = clock;
        s1_d$clock = clock;
        s2_lookup$clock = clock;
        s1_op$d = s1_op$q;
        s1_code_a$d = s1_code_a$q;
        s1_code_b$d = s1_code_b$q;
        s1_x$d = s1_x$q;
        s1_y$d = s1_y$q;
        s1_d$d = s1_d$q;
        s2_lookup$d = s2_lookup$q;
        valid$0$clock = clock;
        tag$0$clock = clock;
        illegal$0$clock = clock;
        sext$0$clock = clock;
        valid$1$clock = clock;
        tag$1$clock = clock;
        illegal$1$clock = clock;
        sext$1$clock = clock;
        valid$2$clock = clock;
        tag$2$clock = clock;
        illegal$2$clock = clock;
        sext$2$clock = clock;
        valid$3$clock = clock;
        tag$3$clock = clock;
        illegal$3$clock = clock;
        sext$3$clock = clock;
        valid$4$clock = clock;
        tag$4$clock = clock;
        illegal$4$clock = clock;
        sext$4$clock = clock;
        valid$5$clock = clock;
        tag$5$clock = clock;
        illegal$5$clock = clock;
        sext$5$clock = clock;
        valid$6$clock = clock;
        tag$6$clock = clock;
        illegal$6$clock = clock;
        sext$6$clock = clock;
        valid$7$clock = clock;
        tag$7$clock = clock;
        illegal$7$clock = clock;
        sext$7$clock = clock;
        valid$8$clock = clock;
        tag$8$clock = clock;
        illegal$8$clock = clock;
        sext$8$clock = clock;
        valid$9$clock = clock;
        tag$9$clock = clock;
        illegal$9$clock = clock;
        sext$9$clock = clock;
        valid$10$clock = clock;
        tag$10$clock = clock;
        illegal$10$clock = clock;
        sext$10$clock = clock;
        valid$11$clock = clock;
        tag$11$clock = clock;
        illegal$11$clock = clock;
        sext$11$clock = clock;
        valid$12$clock = clock;
        tag$12$clock = clock;
        illegal$12$clock = clock;
        sext$12$clock = clock;
        valid$13$clock = clock;
        tag$13$clock = clock;
        illegal$13$clock = clock;
        sext$13$clock = clock;
        valid$14$clock = clock;
        tag$14$clock = clock;
        illegal$14$clock = clock;
        sext$14$clock = clock;
        valid$15$clock = clock;
        tag$15$clock = clock;
        illegal$15$clock = clock;
        sext$15$clock = clock;
        valid$16$clock = clock;
        tag$16$clock = clock;
        illegal$16$clock = clock;
        sext$16$clock = clock;
        valid$17$clock = clock;
        tag$17$clock = clock;
        illegal$17$clock = clock;
        sext$17$clock = clock;
        res$0$clock = clock;
        res$1$clock = clock;
        res$2$clock = clock;
        res$3$clock = clock;
        res$4$clock = clock;
        res$5$clock = clock;
        res$6$clock = clock;
        res$7$clock = clock;
        res$8$clock = clock;
        res$9$clock = clock;
        res$10$clock = clock;
        res$11$clock = clock;
        res$12$clock = clock;
        res$13$clock = clock;
        res$14$clock = clock;
        res$15$clock = clock;
        res$16$clock = clock;
        search$0$clock = clock;
        search$1$clock = clock;
        search$2$clock = clock;
        search$3$clock = clock;
        search$4$clock = clock;
        search$5$clock = clock;
        search$6$clock = clock;
        search$7$clock = clock;
        search$8$clock = clock;
        search$9$clock = clock;
        search$10$clock = clock;
        search$11$clock = clock;
        search$12$clock = clock;
        search$13$clock = clock;
        search$14$clock = clock;
        absn$0$clock = clock;
        den$0$clock = clock;
        absn$1$clock = clock;
        den$1$clock = clock;
        absn$2$clock = clock;
        den$2$clock = clock;
        absn$3$clock = clock;
        den$3$clock = clock;
        absn$4$clock = clock;
        den$4$clock = clock;
        absn$5$clock = clock;
        den$5$clock = clock;
        absn$6$clock = clock;
        den$6$clock = clock;
        absn$7$clock = clock;
        den$7$clock = clock;
        absn$8$clock = clock;
        den$8$clock = clock;
        absn$9$clock = clock;
        den$9$clock = clock;
        absn$10$clock = clock;
        den$10$clock = clock;
        absn$11$clock = clock;
        den$11$clock = clock;
        absn$12$clock = clock;
        den$12$clock = clock;
        neg$0$clock = clock;
        neg$1$clock = clock;
        neg$2$clock = clock;
        neg$3$clock = clock;
        neg$4$clock = clock;
        neg$5$clock = clock;
        neg$6$clock = clock;
        neg$7$clock = clock;
        neg$8$clock = clock;
        neg$9$clock = clock;
        neg$10$clock = clock;
        neg$11$clock = clock;
        neg$12$clock = clock;
        neg$13$clock = clock;
        m$0$clock = clock;
        m$1$clock = clock;
        m$2$clock = clock;
        m$3$clock = clock;
        m$4$clock = clock;
        m$5$clock = clock;
        steps$0$clock = clock;
        steps$1$clock = clock;
        steps$2$clock = clock;
        steps$3$clock = clock;
        steps$4$clock = clock;
        steps$5$clock = clock;
        steps$6$clock = clock;
        decode$clock = clock;
        lookup$clock = clock;
        encoder$clock = clock;
        valid$1$d = valid$0$q;
        tag$1$d = tag$0$q;
        illegal$1$d = illegal$0$q;
        sext$1$d = sext$0$q;
        valid$2$d = valid$1$q;
        tag$2$d = tag$1$q;
        illegal$2$d = illegal$1$q;
        sext$2$d = sext$1$q;
        valid$3$d = valid$2$q;
        tag$3$d = tag$2$q;
        illegal$3$d = illegal$2$q;
        sext$3$d = sext$2$q;
        valid$4$d = valid$3$q;
        tag$4$d = tag$3$q;
        illegal$4$d = illegal$3$q;
        sext$4$d = sext$3$q;
        valid$5$d = valid$4$q;
        tag$5$d = tag$4$q;
        illegal$5$d = illegal$4$q;
        sext$5$d = sext$4$q;
        valid$6$d = valid$5$q;
        tag$6$d = tag$5$q;
        illegal$6$d = illegal$5$q;
        sext$6$d = sext$5$q;
        valid$7$d = valid$6$q;
        tag$7$d = tag$6$q;
        illegal$7$d = illegal$6$q;
        sext$7$d = sext$6$q;
        valid$8$d = valid$7$q;
        tag$8$d = tag$7$q;
        illegal$8$d = illegal$7$q;
        sext$8$d = sext$7$q;
        valid$9$d = valid$8$q;
        tag$9$d = tag$8$q;
        illegal$9$d = illegal$8$q;
        sext$9$d = sext$8$q;
        valid$10$d = valid$9$q;
        tag$10$d = tag$9$q;
        illegal$10$d = illegal$9$q;
        sext$10$d = sext$9$q;
        valid$11$d = valid$10$q;
        tag$11$d = tag$10$q;
        illegal$11$d = illegal$10$q;
        sext$11$d = sext$10$q;
        valid$12$d = valid$11$q;
        tag$12$d = tag$11$q;
        illegal$12$d = illegal$11$q;
        sext$12$d = sext$11$q;
        valid$13$d = valid$12$q;
        tag$13$d = tag$12$q;
        illegal$13$d = illegal$12$q;
        sext$13$d = sext$12$q;
        valid$14$d = valid$13$q;
        tag$14$d = tag$13$q;
        illegal$14$d = illegal$13$q;
        sext$14$d = sext$13$q;
        valid$15$d = valid$14$q;
        tag$15$d = tag$14$q;
        illegal$15$d = illegal$14$q;
        sext$15$d = sext$14$q;
        valid$16$d = valid$15$q;
        tag$16$d = tag$15$q;
        illegal$16$d = illegal$15$q;
        sext$16$d = sext$15$q;
        valid$17$d = valid$16$q;
        tag$17$d = tag$16$q;
        illegal$17$d = illegal$16$q;
        sext$17$d = sext$16$q;
        res$1$d = res$0$q;
        res$2$d = res$1$q;
        res$3$d = res$2$q;
        res$4$d = res$3$q;
        res$5$d = res$4$q;
        res$6$d = res$5$q;
        res$7$d = res$6$q;
        res$8$d = res$7$q;
        res$9$d = res$8$q;
        res$10$d = res$9$q;
        res$11$d = res$10$q;
        res$12$d = res$11$q;
        res$13$d = res$12$q;
        res$14$d = res$13$q;
        res$15$d = res$14$q;
        res$16$d = res$15$q;
        search$1$d = search$0$q;
        search$2$d = search$1$q;
        search$3$d = search$2$q;
        search$4$d = search$3$q;
        search$5$d = search$4$q;
        search$6$d = search$5$q;
        search$7$d = search$6$q;
        search$8$d = search$7$q;
        search$9$d = search$8$q;
        search$10$d = search$9$q;
        search$11$d = search$10$q;
        search$12$d = search$11$q;
        search$13$d = search$12$q;
        search$14$d = search$13$q;
        absn$1$d = absn$0$q;
        den$1$d = den$0$q;
        absn$2$d = absn$1$q;
        den$2$d = den$1$q;
        absn$3$d = absn$2$q;
        den$3$d = den$2$q;
        absn$4$d = absn$3$q;
        den$4$d = den$3$q;
        absn$5$d = absn$4$q;
        den$5$d = den$4$q;
        absn$6$d = absn$5$q;
        den$6$d = den$5$q;
        absn$7$d = absn$6$q;
        den$7$d = den$6$q;
        absn$8$d = absn$7$q;
        den$8$d = den$7$q;
        absn$9$d = absn$8$q;
        den$9$d = den$8$q;
        absn$10$d = absn$9$q;
        den$10$d = den$9$q;
        absn$11$d = absn$10$q;
        den$11$d = den$10$q;
        absn$12$d = absn$11$q;
        den$12$d = den$11$q;
        neg$1$d = neg$0$q;
        neg$2$d = neg$1$q;
        neg$3$d = neg$2$q;
        neg$4$d = neg$3$q;
        neg$5$d = neg$4$q;
        neg$6$d = neg$5$q;
        neg$7$d = neg$6$q;
        neg$8$d = neg$7$q;
        neg$9$d = neg$8$q;
        neg$10$d = neg$9$q;
        neg$11$d = neg$10$q;
        neg$12$d = neg$11$q;
        neg$13$d = neg$12$q;
        code_a = a[(32'h0)+:(8)];
        code_b = b[(32'h0)+:(8)];
        mag_a0 = a[(32'h0)+:(16)] & k127;
        mag_b0 = b[(32'h0)+:(16)] & k127;
        num_a = k127 - mag_a0;
        num_b = k127 - mag_b0;
        den_a = mag_a0 + k1;
        den_b = mag_b0 + k1;
        factor = den_b;
        if (op == op_mul) begin
            factor = num_b;
        end
        prod_x = num_a * factor;
        prod_y = num_b * den_a;
        prod_d = den_a * den_b;
        s1_x$d = prod_x[(32'h0)+:(16)];
        s1_y$d = prod_y[(32'h0)+:(16)];
        s1_d$d = prod_d[(32'h0)+:(16)];
        s1_op$d = op;
        s1_code_a$d = code_a;
        s1_code_b$d = code_b;
        valid$0$d = in_valid;
        tag$0$d = in_tag;
        illegal$0$d = in_valid && (op > op_lookup);
        sext$0$d = op == op_decode;
        search$0$d = (op == op_add) || (op == op_sub) || (op == op_mul);
        encoder$in_valid = in_valid && (op == op_encode);
        encoder$in_value = $signed(a);
        sign_a = s1_code_a$q[32'h7];
        sign_b = s1_code_b$q[32'h7];
        zero_a = (s1_code_a$q & zero_code) == zero_code;
        zero_b = (s1_code_b$q & zero_code) == zero_code;
        canon_a = s1_code_a$q;
        if (zero_a) begin
            canon_a = zero_code;
        end
        canon_b = s1_code_b$q;
        if (zero_b) begin
            canon_b = zero_code;
        end
        neg_a = sign_a && ~zero_a;
        neg_b = sign_b && ~zero_b;
        a_lt_b = (neg_a && ~neg_b) || (~neg_a && ~neg_b && (s1_x$q < s1_y$q)) || (neg_a && neg_b && (s1_x$q > s1_y$q));
        a_gt_b = (~neg_a && neg_b) || (~neg_a && ~neg_b && (s1_x$q > s1_y$q)) || (neg_a && neg_b && (s1_x$q < s1_y$q));
        sign_y = sign_b ^ (s1_op$q == op_sub);
        absn$0$d = s1_x$q + s1_y$q;
        neg$0$d = sign_a;
        if (sign_a != sign_y) begin
            if (s1_x$q >= s1_y$q) begin
                absn$0$d = s1_x$q - s1_y$q;
            end
            else begin
                absn$0$d = s1_y$q - s1_x$q;
                neg$0$d = sign_y;
            end
        end
        if (s1_op$q == op_mul) begin
            absn$0$d = s1_x$q;
            neg$0$d = sign_a ^ sign_b;
        end
        den$0$d = s1_d$q;
        simple_code = zero8;
        if (s1_op$q == op_neg) begin
            simple_code = s1_code_a$q ^ sign_bit;
            if (zero_a) begin
                simple_code = zero_code;
            end
        end
        if (s1_op$q == op_abs) begin
            simple_code = s1_code_a$q & zero_code;
        end
        if (s1_op$q == op_max) begin
            simple_code = canon_a;
            if (a_lt_b) begin
                simple_code = canon_b;
            end
        end
        if (s1_op$q == op_min) begin
            simple_code = canon_a;
            if (a_gt_b) begin
                simple_code = canon_b;
            end
        end
        widen_simple$narrow = simple_code;
        widen_simple$fill = 1'b0;
        res$0$d = widen_simple$wide;
        decode$read_code = s1_code_a$q;
        lookup$read_code = s1_code_a$q;
        s2_lookup$d = s1_op$q == op_lookup;
        if (sext$1$q) begin
            res$1$d = $unsigned(decode$read_value);
        end
        widen_lookup$narrow = lookup$read_value;
        widen_lookup$fill = 1'b0;
        if (s2_lookup$q) begin
            res$1$d = widen_lookup$wide;
        end
        steps$0$m_in = zero8;
        steps$0$abs_num = absn$0$q;
        steps$0$den = den$0$q;
        steps$1$abs_num = absn$2$q;
        steps$1$den = den$2$q;
        steps$2$abs_num = absn$4$q;
        steps$2$den = den$4$q;
        steps$3$abs_num = absn$6$q;
        steps$3$den = den$6$q;
        steps$4$abs_num = absn$8$q;
        steps$4$den = den$8$q;
        steps$5$abs_num = absn$10$q;
        steps$5$den = den$10$q;
        steps$6$abs_num = absn$12$q;
        steps$6$den = den$12$q;
        m$0$d = steps$0$m_out;
        steps$1$m_in = m$0$q;
        m$1$d = steps$1$m_out;
        steps$2$m_in = m$1$q;
        m$2$d = steps$2$m_out;
        steps$3$m_in = m$2$q;
        m$3$d = steps$3$m_out;
        steps$4$m_in = m$3$q;
        m$4$d = steps$4$m_out;
        steps$5$m_in = m$4$q;
        m$5$d = steps$5$m_out;
        steps$6$m_in = m$5$q;
        search_code = steps$6$m_out;
        if (neg$13$q && (steps$6$m_out != zero_code)) begin
            search_code = steps$6$m_out | sign_bit;
        end
        widen_search$narrow = search_code;
        widen_search$fill = 1'b0;
        if (search$14$q) begin
            res$14$d = widen_search$wide;
        end
        widen_encode$narrow = encoder$out_code;
        widen_encode$fill = 1'b0;
        if (encoder$out_valid) begin
            res$16$d = widen_encode$wide;
        end
        out_valid = valid$17$q;
        out_tag = tag$17$q;
        out_illegal = illegal$17$q;
        widen_out$narrow = res$16$q;
        widen_out$fill = sext$17$q && res$16$q[32'hf];
        result = widen_out$wide;
    end
    
endmodule // qins_alu


module qins_alu$absn$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$0


module qins_alu$absn$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$1


module qins_alu$absn$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$10


module qins_alu$absn$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$11


module qins_alu$absn$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$12


module qins_alu$absn$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$2


module qins_alu$absn$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$3


module qins_alu$absn$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$4


module qins_alu$absn$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$5


module qins_alu$absn$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$6


module qins_alu$absn$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$7


module qins_alu$absn$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$8


module qins_alu$absn$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$absn$9


module qins_alu$decode(clock,read_code,read_value,write$enable,write$index,write$value);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] read_code;
    output reg signed [15:0] read_value;
    input wire  write$enable;
    input wire  [7:0] write$index;
    input wire signed [15:0] write$value;
    
    // Stub signals
    reg  [7:0] memory$read_address;
    reg  memory$read_clock;
    wire signed [15:0] memory$read_data;
    reg  [7:0] memory$write_address;
    reg  memory$write_clock;
    reg signed [15:0] memory$write_data;
    reg  memory$write_enable;
    
    // Sub module instances
    qins_alu$decode$memory memory(
        .read_address(memory$read_address),
        .read_clock(memory$read_clock),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_clock(memory$write_clock),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    
    // Update code
    always @(*) begin
        memory$read_clock = clock;
        memory$write_clock = clock;
        memory$read_address = read_code;
        read_value = memory$read_data;
        memory$write_address = write$index;
        memory$write_data = write$value;
        memory$write_enable = write$enable;
    end
    
endmodule // qins_alu$decode


module qins_alu$decode$memory(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg signed [15:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire signed [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[255:0];
    
    initial begin
    mem[8'h0] = 16'h7f00;
    mem[8'h1] = 16'h3f00;
    mem[8'h2] = 16'h29ab;
    mem[8'h3] = 16'h1f00;
    mem[8'h4] = 16'h189a;
    mem[8'h5] = 16'h1455;
    mem[8'h6] = 16'h1149;
    mem[8'h7] = 16'hf00;
    mem[8'h8] = 16'hd39;
    mem[8'h9] = 16'hbcd;
    mem[8'ha] = 16'haa3;
    mem[8'hb] = 16'h9ab;
    mem[8'hc] = 16'h8d9;
    mem[8'hd] = 16'h825;
    mem[8'he] = 16'h789;
    mem[8'hf] = 16'h700;
    mem[8'h10] = 16'h688;
    mem[8'h11] = 16'h61c;
    mem[8'h12] = 16'h5bd;
    mem[8'h13] = 16'h566;
    mem[8'h14] = 16'h518;
    mem[8'h15] = 16'h4d1;
    mem[8'h16] = 16'h491;
    mem[8'h17] = 16'h455;
    mem[8'h18] = 16'h41f;
    mem[8'h19] = 16'h3ec;
    mem[8'h1a] = 16'h3be;
    mem[8'h1b] = 16'h392;
    mem[8'h1c] = 16'h36a;
    mem[8'h1d] = 16'h344;
    mem[8'h1e] = 16'h321;
    mem[8'h1f] = 16'h300;
    mem[8'h20] = 16'h2e1;
    mem[8'h21] = 16'h2c4;
    mem[8'h22] = 16'h2a8;
    mem[8'h23] = 16'h28e;
    mem[8'h24] = 16'h276;
    mem[8'h25] = 16'h25e;
    mem[8'h26] = 16'h248;
    mem[8'h27] = 16'h233;
    mem[8'h28] = 16'h21f;
    mem[8'h29] = 16'h20c;
    mem[8'h2a] = 16'h1fa;
    mem[8'h2b] = 16'h1e9;
    mem[8'h2c] = 16'h1d8;
    mem[8'h2d] = 16'h1c8;
    mem[8'h2e] = 16'h1b9;
    mem[8'h2f] = 16'h1ab;
    mem[8'h30] = 16'h19d;
    mem[8'h31] = 16'h18f;
    mem[8'h32] = 16'h183;
    mem[8'h33] = 16'h176;
    mem[8'h34] = 16'h16a;
    mem[8'h35] = 16'h15f;
    mem[8'h36] = 16'h154;
    mem[8'h37] = 16'h149;
    mem[8'h38] = 16'h13f;
    mem[8'h39] = 16'h135;
    mem[8'h3a] = 16'h12b;
    mem[8'h3b] = 16'h122;
    mem[8'h3c] = 16'h119;
    mem[8'h3d] = 16'h111;
    mem[8'h3e] = 16'h108;
    mem[8'h3f] = 16'h100;
    mem[8'h40] = 16'hf8;
    mem[8'h41] = 16'hf0;
    mem[8'h42] = 16'he9;
    mem[8'h43] = 16'he2;
    mem[8'h44] = 16'hdb;
    mem[8'h45] = 16'hd4;
    mem[8'h46] = 16'hce;
    mem[8'h47] = 16'hc7;
    mem[8'h48] = 16'hc1;
    mem[8'h49] = 16'hbb;
    mem[8'h4a] = 16'hb5;
    mem[8'h4b] = 16'haf;
    mem[8'h4c] = 16'haa;
    mem[8'h4d] = 16'ha4;
    mem[8'h4e] = 16'h9f;
    mem[8'h4f] = 16'h9a;
    mem[8'h50] = 16'h95;
    mem[8'h51] = 16'h90;
    mem[8'h52] = 16'h8b;
    mem[8'h53] = 16'h86;
    mem[8'h54] = 16'h82;
    mem[8'h55] = 16'h7d;
    mem[8'h56] = 16'h79;
    mem[8'h57] = 16'h74;
    mem[8'h58] = 16'h70;
    mem[8'h59] = 16'h6c;
    mem[8'h5a] = 16'h68;
    mem[8'h5b] = 16'h64;
    mem[8'h5c] = 16'h60;
    mem[8'h5d] = 16'h5d;
    mem[8'h5e] = 16'h59;
    mem[8'h5f] = 16'h55;
    mem[8'h60] = 16'h52;
    mem[8'h61] = 16'h4e;
    mem[8'h62] = 16'h4b;
    mem[8'h63] = 16'h48;
    mem[8'h64] = 16'h44;
    mem[8'h65] = 16'h41;
    mem[8'h66] = 16'h3e;
    mem[8'h67] = 16'h3b;
    mem[8'h68] = 16'h38;
    mem[8'h69] = 16'h35;
    mem[8'h6a] = 16'h32;
    mem[8'h6b] = 16'h2f;
    mem[8'h6c] = 16'h2d;
    mem[8'h6d] = 16'h2a;
    mem[8'h6e] = 16'h27;
    mem[8'h6f] = 16'h25;
    mem[8'h70] = 16'h22;
    mem[8'h71] = 16'h1f;
    mem[8'h72] = 16'h1d;
    mem[8'h73] = 16'h1a;
    mem[8'h74] = 16'h18;
    mem[8'h75] = 16'h16;
    mem[8'h76] = 16'h13;
    mem[8'h77] = 16'h11;
    mem[8'h78] = 16'hf;
    mem[8'h79] = 16'hd;
    mem[8'h7a] = 16'ha;
    mem[8'h7b] = 16'h8;
    mem[8'h7c] = 16'h6;
    mem[8'h7d] = 16'h4;
    mem[8'h7e] = 16'h2;
    mem[8'h7f] = 16'h0;
    mem[8'h80] = 16'h8100;
    mem[8'h81] = 16'hc100;
    mem[8'h82] = 16'hd655;
    mem[8'h83] = 16'he100;
    mem[8'h84] = 16'he766;
    mem[8'h85] = 16'hebab;
    mem[8'h86] = 16'heeb7;
    mem[8'h87] = 16'hf100;
    mem[8'h88] = 16'hf2c7;
    mem[8'h89] = 16'hf433;
    mem[8'h8a] = 16'hf55d;
    mem[8'h8b] = 16'hf655;
    mem[8'h8c] = 16'hf727;
    mem[8'h8d] = 16'hf7db;
    mem[8'h8e] = 16'hf877;
    mem[8'h8f] = 16'hf900;
    mem[8'h90] = 16'hf978;
    mem[8'h91] = 16'hf9e4;
    mem[8'h92] = 16'hfa43;
    mem[8'h93] = 16'hfa9a;
    mem[8'h94] = 16'hfae8;
    mem[8'h95] = 16'hfb2f;
    mem[8'h96] = 16'hfb6f;
    mem[8'h97] = 16'hfbab;
    mem[8'h98] = 16'hfbe1;
    mem[8'h99] = 16'hfc14;
    mem[8'h9a] = 16'hfc42;
    mem[8'h9b] = 16'hfc6e;
    mem[8'h9c] = 16'hfc96;
    mem[8'h9d] = 16'hfcbc;
    mem[8'h9e] = 16'hfcdf;
    mem[8'h9f] = 16'hfd00;
    mem[8'ha0] = 16'hfd1f;
    mem[8'ha1] = 16'hfd3c;
    mem[8'ha2] = 16'hfd58;
    mem[8'ha3] = 16'hfd72;
    mem[8'ha4] = 16'hfd8a;
    mem[8'ha5] = 16'hfda2;
    mem[8'ha6] = 16'hfdb8;
    mem[8'ha7] = 16'hfdcd;
    mem[8'ha8] = 16'hfde1;
    mem[8'ha9] = 16'hfdf4;
    mem[8'haa] = 16'hfe06;
    mem[8'hab] = 16'hfe17;
    mem[8'hac] = 16'hfe28;
    mem[8'had] = 16'hfe38;
    mem[8'hae] = 16'hfe47;
    mem[8'haf] = 16'hfe55;
    mem[8'hb0] = 16'hfe63;
    mem[8'hb1] = 16'hfe71;
    mem[8'hb2] = 16'hfe7d;
    mem[8'hb3] = 16'hfe8a;
    mem[8'hb4] = 16'hfe96;
    mem[8'hb5] = 16'hfea1;
    mem[8'hb6] = 16'hfeac;
    mem[8'hb7] = 16'hfeb7;
    mem[8'hb8] = 16'hfec1;
    mem[8'hb9] = 16'hfecb;
    mem[8'hba] = 16'hfed5;
    mem[8'hbb] = 16'hfede;
    mem[8'hbc] = 16'hfee7;
    mem[8'hbd] = 16'hfeef;
    mem[8'hbe] = 16'hfef8;
    mem[8'hbf] = 16'hff00;
    mem[8'hc0] = 16'hff08;
    mem[8'hc1] = 16'hff10;
    mem[8'hc2] = 16'hff17;
    mem[8'hc3] = 16'hff1e;
    mem[8'hc4] = 16'hff25;
    mem[8'hc5] = 16'hff2c;
    mem[8'hc6] = 16'hff32;
    mem[8'hc7] = 16'hff39;
    mem[8'hc8] = 16'hff3f;
    mem[8'hc9] = 16'hff45;
    mem[8'hca] = 16'hff4b;
    mem[8'hcb] = 16'hff51;
    mem[8'hcc] = 16'hff56;
    mem[8'hcd] = 16'hff5c;
    mem[8'hce] = 16'hff61;
    mem[8'hcf] = 16'hff66;
    mem[8'hd0] = 16'hff6b;
    mem[8'hd1] = 16'hff70;
    mem[8'hd2] = 16'hff75;
    mem[8'hd3] = 16'hff7a;
    mem[8'hd4] = 16'hff7e;
    mem[8'hd5] = 16'hff83;
    mem[8'hd6] = 16'hff87;
    mem[8'hd7] = 16'hff8c;
    mem[8'hd8] = 16'hff90;
    mem[8'hd9] = 16'hff94;
    mem[8'hda] = 16'hff98;
    mem[8'hdb] = 16'hff9c;
    mem[8'hdc] = 16'hffa0;
    mem[8'hdd] = 16'hffa3;
    mem[8'hde] = 16'hffa7;
    mem[8'hdf] = 16'hffab;
    mem[8'he0] = 16'hffae;
    mem[8'he1] = 16'hffb2;
    mem[8'he2] = 16'hffb5;
    mem[8'he3] = 16'hffb8;
    mem[8'he4] = 16'hffbc;
    mem[8'he5] = 16'hffbf;
    mem[8'he6] = 16'hffc2;
    mem[8'he7] = 16'hffc5;
    mem[8'he8] = 16'hffc8;
    mem[8'he9] = 16'hffcb;
    mem[8'hea] = 16'hffce;
    mem[8'heb] = 16'hffd1;
    mem[8'hec] = 16'hffd3;
    mem[8'hed] = 16'hffd6;
    mem[8'hee] = 16'hffd9;
    mem[8'hef] = 16'hffdb;
    mem[8'hf0] = 16'hffde;
    mem[8'hf1] = 16'hffe1;
    mem[8'hf2] = 16'hffe3;
    mem[8'hf3] = 16'hffe6;
    mem[8'hf4] = 16'hffe8;
    mem[8'hf5] = 16'hffea;
    mem[8'hf6] = 16'hffed;
    mem[8'hf7] = 16'hffef;
    mem[8'hf8] = 16'hfff1;
    mem[8'hf9] = 16'hfff3;
    mem[8'hfa] = 16'hfff6;
    mem[8'hfb] = 16'hfff8;
    mem[8'hfc] = 16'hfffa;
    mem[8'hfd] = 16'hfffc;
    mem[8'hfe] = 16'hfffe;
    mem[8'hff] = 16'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$decode$memory


module qins_alu$den$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$0


module qins_alu$den$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$1


module qins_alu$den$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$10


module qins_alu$den$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$11


module qins_alu$den$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$12


module qins_alu$den$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$2


module qins_alu$den$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$3


module qins_alu$den$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$4


module qins_alu$den$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$5


module qins_alu$den$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$6


module qins_alu$den$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$7


module qins_alu$den$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$8


module qins_alu$den$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$den$9


module qins_alu$encoder(clock,in_valid,in_value,out_valid,out_code,out_value,threshold_write$enable,threshold_write$index,threshold_write$value,code_write$enable,code_write$index,code_write$value);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    input wire signed [31:0] in_value;
    output reg  out_valid;
    output reg  [7:0] out_code;
    output reg signed [31:0] out_value;
    input wire  threshold_write$enable;
    input wire  [7:0] threshold_write$index;
    input wire signed [31:0] threshold_write$value;
    input wire  code_write$enable;
    input wire  [7:0] code_write$index;
    input wire  [7:0] code_write$value;
    
    // Constant declarations
    localparam  step_bit$0 = 8'h80;
    localparam  step_bit$1 = 8'h40;
    localparam  step_bit$2 = 8'h20;
    localparam  step_bit$3 = 8'h10;
    localparam  step_bit$4 = 8'h8;
    localparam  step_bit$5 = 8'h4;
    localparam  step_bit$6 = 8'h2;
    localparam  step_bit$7 = 8'h1;
    localparam  zero_rank = 8'h0;
    
    // Stub signals
    reg  tables$clock;
    reg  [7:0] tables$rank$0;
    reg  [7:0] tables$rank$1;
    reg  [7:0] tables$rank$2;
    reg  [7:0] tables$rank$3;
    reg  [7:0] tables$rank$4;
    reg  [7:0] tables$rank$5;
    reg  [7:0] tables$rank$6;
    reg  [7:0] tables$rank$7;
    wire signed [31:0] tables$threshold$0;
    wire signed [31:0] tables$threshold$1;
    wire signed [31:0] tables$threshold$2;
    wire signed [31:0] tables$threshold$3;
    wire signed [31:0] tables$threshold$4;
    wire signed [31:0] tables$threshold$5;
    wire signed [31:0] tables$threshold$6;
    wire signed [31:0] tables$threshold$7;
    wire  [7:0] tables$code;
    reg signed [31:0] value$0$d;
    wire signed [31:0] value$0$q;
    reg  value$0$clock;
    reg signed [31:0] value$1$d;
    wire signed [31:0] value$1$q;
    reg  value$1$clock;
    reg signed [31:0] value$2$d;
    wire signed [31:0] value$2$q;
    reg  value$2$clock;
    reg signed [31:0] value$3$d;
    wire signed [31:0] value$3$q;
    reg  value$3$clock;
    reg signed [31:0] value$4$d;
    wire signed [31:0] value$4$q;
    reg  value$4$clock;
    reg signed [31:0] value$5$d;
    wire signed [31:0] value$5$q;
    reg  value$5$clock;
    reg signed [31:0] value$6$d;
    wire signed [31:0] value$6$q;
    reg  value$6$clock;
    reg signed [31:0] value$7$d;
    wire signed [31:0] value$7$q;
    reg  value$7$clock;
    reg signed [31:0] value$8$d;
    wire signed [31:0] value$8$q;
    reg  value$8$clock;
    reg signed [31:0] value$9$d;
    wire signed [31:0] value$9$q;
    reg  value$9$clock;
    reg signed [31:0] value$10$d;
    wire signed [31:0] value$10$q;
    reg  value$10$clock;
    reg signed [31:0] value$11$d;
    wire signed [31:0] value$11$q;
    reg  value$11$clock;
    reg signed [31:0] value$12$d;
    wire signed [31:0] value$12$q;
    reg  value$12$clock;
    reg signed [31:0] value$13$d;
    wire signed [31:0] value$13$q;
    reg  value$13$clock;
    reg signed [31:0] value$14$d;
    wire signed [31:0] value$14$q;
    reg  value$14$clock;
    reg signed [31:0] value$15$d;
    wire signed [31:0] value$15$q;
    reg  value$15$clock;
    reg signed [31:0] value$16$d;
    wire signed [31:0] value$16$q;
    reg  value$16$clock;
    reg  [7:0] rank_a$0$d;
    wire  [7:0] rank_a$0$q;
    reg  rank_a$0$clock;
    reg  [7:0] rank_a$1$d;
    wire  [7:0] rank_a$1$q;
    reg  rank_a$1$clock;
    reg  [7:0] rank_a$2$d;
    wire  [7:0] rank_a$2$q;
    reg  rank_a$2$clock;
    reg  [7:0] rank_a$3$d;
    wire  [7:0] rank_a$3$q;
    reg  rank_a$3$clock;
    reg  [7:0] rank_a$4$d;
    wire  [7:0] rank_a$4$q;
    reg  rank_a$4$clock;
    reg  [7:0] rank_a$5$d;
    wire  [7:0] rank_a$5$q;
    reg  rank_a$5$clock;
    reg  [7:0] rank_a$6$d;
    wire  [7:0] rank_a$6$q;
    reg  rank_a$6$clock;
    reg  [7:0] rank_b$0$d;
    wire  [7:0] rank_b$0$q;
    reg  rank_b$0$clock;
    reg  [7:0] rank_b$1$d;
    wire  [7:0] rank_b$1$q;
    reg  rank_b$1$clock;
    reg  [7:0] rank_b$2$d;
    wire  [7:0] rank_b$2$q;
    reg  rank_b$2$clock;
    reg  [7:0] rank_b$3$d;
    wire  [7:0] rank_b$3$q;
    reg  rank_b$3$clock;
    reg  [7:0] rank_b$4$d;
    wire  [7:0] rank_b$4$q;
    reg  rank_b$4$clock;
    reg  [7:0] rank_b$5$d;
    wire  [7:0] rank_b$5$q;
    reg  rank_b$5$clock;
    reg  [7:0] rank_b$6$d;
    wire  [7:0] rank_b$6$q;
    reg  rank_b$6$clock;
    reg signed [31:0] threshold_held$0$d;
    wire signed [31:0] threshold_held$0$q;
    reg  threshold_held$0$clock;
    reg signed [31:0] threshold_held$1$d;
    wire signed [31:0] threshold_held$1$q;
    reg  threshold_held$1$clock;
    reg signed [31:0] threshold_held$2$d;
    wire signed [31:0] threshold_held$2$q;
    reg  threshold_held$2$clock;
    reg signed [31:0] threshold_held$3$d;
    wire signed [31:0] threshold_held$3$q;
    reg  threshold_held$3$clock;
    reg signed [31:0] threshold_held$4$d;
    wire signed [31:0] threshold_held$4$q;
    reg  threshold_held$4$clock;
    reg signed [31:0] threshold_held$5$d;
    wire signed [31:0] threshold_held$5$q;
    reg  threshold_held$5$clock;
    reg signed [31:0] threshold_held$6$d;
    wire signed [31:0] threshold_held$6$q;
    reg  threshold_held$6$clock;
    reg  [7:0] code_held$d;
    wire  [7:0] code_held$q;
    reg  code_held$clock;
    reg  valid$0$d;
    wire  valid$0$q;
    reg  valid$0$clock;
    reg  valid$1$d;
    wire  valid$1$q;
    reg  valid$1$clock;
    reg  valid$2$d;
    wire  valid$2$q;
    reg  valid$2$clock;
    reg  valid$3$d;
    wire  valid$3$q;
    reg  valid$3$clock;
    reg  valid$4$d;
    wire  valid$4$q;
    reg  valid$4$clock;
    reg  valid$5$d;
    wire  valid$5$q;
    reg  valid$5$clock;
    reg  valid$6$d;
    wire  valid$6$q;
    reg  valid$6$clock;
    reg  valid$7$d;
    wire  valid$7$q;
    reg  valid$7$clock;
    reg  valid$8$d;
    wire  valid$8$q;
    reg  valid$8$clock;
    reg  valid$9$d;
    wire  valid$9$q;
    reg  valid$9$clock;
    reg  valid$10$d;
    wire  valid$10$q;
    reg  valid$10$clock;
    reg  valid$11$d;
    wire  valid$11$q;
    reg  valid$11$clock;
    reg  valid$12$d;
    wire  valid$12$q;
    reg  valid$12$clock;
    reg  valid$13$d;
    wire  valid$13$q;
    reg  valid$13$clock;
    reg  valid$14$d;
    wire  valid$14$q;
    reg  valid$14$clock;
    reg  valid$15$d;
    wire  valid$15$q;
    reg  valid$15$clock;
    reg  valid$16$d;
    wire  valid$16$q;
    reg  valid$16$clock;
    reg signed [31:0] steps$0$value;
    reg signed [31:0] steps$0$threshold;
    reg  [7:0] steps$0$rank_in;
    reg  [7:0] steps$0$rank_bit;
    wire  [7:0] steps$0$rank_out;
    reg signed [31:0] steps$1$value;
    reg signed [31:0] steps$1$threshold;
    reg  [7:0] steps$1$rank_in;
    reg  [7:0] steps$1$rank_bit;
    wire  [7:0] steps$1$rank_out;
    reg signed [31:0] steps$2$value;
    reg signed [31:0] steps$2$threshold;
    reg  [7:0] steps$2$rank_in;
    reg  [7:0] steps$2$rank_bit;
    wire  [7:0] steps$2$rank_out;
    reg signed [31:0] steps$3$value;
    reg signed [31:0] steps$3$threshold;
    reg  [7:0] steps$3$rank_in;
    reg  [7:0] steps$3$rank_bit;
    wire  [7:0] steps$3$rank_out;
    reg signed [31:0] steps$4$value;
    reg signed [31:0] steps$4$threshold;
    reg  [7:0] steps$4$rank_in;
    reg  [7:0] steps$4$rank_bit;
    wire  [7:0] steps$4$rank_out;
    reg signed [31:0] steps$5$value;
    reg signed [31:0] steps$5$threshold;
    reg  [7:0] steps$5$rank_in;
    reg  [7:0] steps$5$rank_bit;
    wire  [7:0] steps$5$rank_out;
    reg signed [31:0] steps$6$value;
    reg signed [31:0] steps$6$threshold;
    reg  [7:0] steps$6$rank_in;
    reg  [7:0] steps$6$rank_bit;
    wire  [7:0] steps$6$rank_out;
    reg signed [31:0] steps$7$value;
    reg signed [31:0] steps$7$threshold;
    reg  [7:0] steps$7$rank_in;
    reg  [7:0] steps$7$rank_bit;
    wire  [7:0] steps$7$rank_out;
    
    // Sub module instances
    qins_alu$encoder$tables tables(
        .clock(tables$clock),
        .rank$0(tables$rank$0),
        .rank$1(tables$rank$1),
        .rank$2(tables$rank$2),
        .rank$3(tables$rank$3),
        .rank$4(tables$rank$4),
        .rank$5(tables$rank$5),
        .rank$6(tables$rank$6),
        .rank$7(tables$rank$7),
        .threshold$0(tables$threshold$0),
        .threshold$1(tables$threshold$1),
        .threshold$2(tables$threshold$2),
        .threshold$3(tables$threshold$3),
        .threshold$4(tables$threshold$4),
        .threshold$5(tables$threshold$5),
        .threshold$6(tables$threshold$6),
        .threshold$7(tables$threshold$7),
        .code(tables$code),
        .threshold_write$enable(threshold_write$enable),
        .threshold_write$index(threshold_write$index),
        .threshold_write$value(threshold_write$value),
        .code_write$enable(code_write$enable),
        .code_write$index(code_write$index),
        .code_write$value(code_write$value)
    );
    qins_alu$encoder$value$0 value$0(
        .d(value$0$d),
        .q(value$0$q),
        .clock(value$0$clock)
    );
    qins_alu$encoder$value$1 value$1(
        .d(value$1$d),
        .q(value$1$q),
        .clock(value$1$clock)
    );
    qins_alu$encoder$value$2 value$2(
        .d(value$2$d),
        .q(value$2$q),
        .clock(value$2$clock)
    );
    qins_alu$encoder$value$3 value$3(
        .d(value$3$d),
        .q(value$3$q),
        .clock(value$3$clock)
    );
    qins_alu$encoder$value$4 value$4(
        .d(value$4$d),
        .q(value$4$q),
        .clock(value$4$clock)
    );
    qins_alu$encoder$value$5 value$5(
        .d(value$5$d),
        .q(value$5$q),
        .clock(value$5$clock)
    );
    qins_alu$encoder$value$6 value$6(
        .d(value$6$d),
        .q(value$6$q),
        .clock(value$6$clock)
    );
    qins_alu$encoder$value$7 value$7(
        .d(value$7$d),
        .q(value$7$q),
        .clock(value$7$clock)
    );
    qins_alu$encoder$value$8 value$8(
        .d(value$8$d),
        .q(value$8$q),
        .clock(value$8$clock)
    );
    qins_alu$encoder$value$9 value$9(
        .d(value$9$d),
        .q(value$9$q),
        .clock(value$9$clock)
    );
    qins_alu$encoder$value$10 value$10(
        .d(value$10$d),
        .q(value$10$q),
        .clock(value$10$clock)
    );
    qins_alu$encoder$value$11 value$11(
        .d(value$11$d),
        .q(value$11$q),
        .clock(value$11$clock)
    );
    qins_alu$encoder$value$12 value$12(
        .d(value$12$d),
        .q(value$12$q),
        .clock(value$12$clock)
    );
    qins_alu$encoder$value$13 value$13(
        .d(value$13$d),
        .q(value$13$q),
        .clock(value$13$clock)
    );
    qins_alu$encoder$value$14 value$14(
        .d(value$14$d),
        .q(value$14$q),
        .clock(value$14$clock)
    );
    qins_alu$encoder$value$15 value$15(
        .d(value$15$d),
        .q(value$15$q),
        .clock(value$15$clock)
    );
    qins_alu$encoder$value$16 value$16(
        .d(value$16$d),
        .q(value$16$q),
        .clock(value$16$clock)
    );
    qins_alu$encoder$rank_a$0 rank_a$0(
        .d(rank_a$0$d),
        .q(rank_a$0$q),
        .clock(rank_a$0$clock)
    );
    qins_alu$encoder$rank_a$1 rank_a$1(
        .d(rank_a$1$d),
        .q(rank_a$1$q),
        .clock(rank_a$1$clock)
    );
    qins_alu$encoder$rank_a$2 rank_a$2(
        .d(rank_a$2$d),
        .q(rank_a$2$q),
        .clock(rank_a$2$clock)
    );
    qins_alu$encoder$rank_a$3 rank_a$3(
        .d(rank_a$3$d),
        .q(rank_a$3$q),
        .clock(rank_a$3$clock)
    );
    qins_alu$encoder$rank_a$4 rank_a$4(
        .d(rank_a$4$d),
        .q(rank_a$4$q),
        .clock(rank_a$4$clock)
    );
    qins_alu$encoder$rank_a$5 rank_a$5(
        .d(rank_a$5$d),
        .q(rank_a$5$q),
        .clock(rank_a$5$clock)
    );
    qins_alu$encoder$rank_a$6 rank_a$6(
        .d(rank_a$6$d),
        .q(rank_a$6$q),
        .clock(rank_a$6$clock)
    );
    qins_alu$encoder$rank_b$0 rank_b$0(
        .d(rank_b$0$d),
        .q(rank_b$0$q),
        .clock(rank_b$0$clock)
    );
    qins_alu$encoder$rank_b$1 rank_b$1(
        .d(rank_b$1$d),
        .q(rank_b$1$q),
        .clock(rank_b$1$clock)
    );
    qins_alu$encoder$rank_b$2 rank_b$2(
        .d(rank_b$2$d),
        .q(rank_b$2$q),
        .clock(rank_b$2$clock)
    );
    qins_alu$encoder$rank_b$3 rank_b$3(
        .d(rank_b$3$d),
        .q(rank_b$3$q),
        .clock(rank_b$3$clock)
    );
    qins_alu$encoder$rank_b$4 rank_b$4(
        .d(rank_b$4$d),
        .q(rank_b$4$q),
        .clock(rank_b$4$clock)
    );
    qins_alu$encoder$rank_b$5 rank_b$5(
        .d(rank_b$5$d),
        .q(rank_b$5$q),
        .clock(rank_b$5$clock)
    );
    qins_alu$encoder$rank_b$6 rank_b$6(
        .d(rank_b$6$d),
        .q(rank_b$6$q),
        .clock(rank_b$6$clock)
    );
    qins_alu$encoder$threshold_held$0 threshold_held$0(
        .d(threshold_held$0$d),
        .q(threshold_held$0$q),
        .clock(threshold_held$0$clock)
    );
    qins_alu$encoder$threshold_held$1 threshold_held$1(
        .d(threshold_held$1$d),
        .q(threshold_held$1$q),
        .clock(threshold_held$1$clock)
    );
    qins_alu$encoder$threshold_held$2 threshold_held$2(
        .d(threshold_held$2$d),
        .q(threshold_held$2$q),
        .clock(threshold_held$2$clock)
    );
    qins_alu$encoder$threshold_held$3 threshold_held$3(
        .d(threshold_held$3$d),
        .q(threshold_held$3$q),
        .clock(threshold_held$3$clock)
    );
    qins_alu$encoder$threshold_held$4 threshold_held$4(
        .d(threshold_held$4$d),
        .q(threshold_held$4$q),
        .clock(threshold_held$4$clock)
    );
    qins_alu$encoder$threshold_held$5 threshold_held$5(
        .d(threshold_held$5$d),
        .q(threshold_held$5$q),
        .clock(threshold_held$5$clock)
    );
    qins_alu$encoder$threshold_held$6 threshold_held$6(
        .d(threshold_held$6$d),
        .q(threshold_held$6$q),
        .clock(threshold_held$6$clock)
    );
    qins_alu$encoder$code_held code_held(
        .d(code_held$d),
        .q(code_held$q),
        .clock(code_held$clock)
    );
    qins_alu$encoder$valid$0 valid$0(
        .d(valid$0$d),
        .q(valid$0$q),
        .clock(valid$0$clock)
    );
    qins_alu$encoder$valid$1 valid$1(
        .d(valid$1$d),
        .q(valid$1$q),
        .clock(valid$1$clock)
    );
    qins_alu$encoder$valid$2 valid$2(
        .d(valid$2$d),
        .q(valid$2$q),
        .clock(valid$2$clock)
    );
    qins_alu$encoder$valid$3 valid$3(
        .d(valid$3$d),
        .q(valid$3$q),
        .clock(valid$3$clock)
    );
    qins_alu$encoder$valid$4 valid$4(
        .d(valid$4$d),
        .q(valid$4$q),
        .clock(valid$4$clock)
    );
    qins_alu$encoder$valid$5 valid$5(
        .d(valid$5$d),
        .q(valid$5$q),
        .clock(valid$5$clock)
    );
    qins_alu$encoder$valid$6 valid$6(
        .d(valid$6$d),
        .q(valid$6$q),
        .clock(valid$6$clock)
    );
    qins_alu$encoder$valid$7 valid$7(
        .d(valid$7$d),
        .q(valid$7$q),
        .clock(valid$7$clock)
    );
    qins_alu$encoder$valid$8 valid$8(
        .d(valid$8$d),
        .q(valid$8$q),
        .clock(valid$8$clock)
    );
    qins_alu$encoder$valid$9 valid$9(
        .d(valid$9$d),
        .q(valid$9$q),
        .clock(valid$9$clock)
    );
    qins_alu$encoder$valid$10 valid$10(
        .d(valid$10$d),
        .q(valid$10$q),
        .clock(valid$10$clock)
    );
    qins_alu$encoder$valid$11 valid$11(
        .d(valid$11$d),
        .q(valid$11$q),
        .clock(valid$11$clock)
    );
    qins_alu$encoder$valid$12 valid$12(
        .d(valid$12$d),
        .q(valid$12$q),
        .clock(valid$12$clock)
    );
    qins_alu$encoder$valid$13 valid$13(
        .d(valid$13$d),
        .q(valid$13$q),
        .clock(valid$13$clock)
    );
    qins_alu$encoder$valid$14 valid$14(
        .d(valid$14$d),
        .q(valid$14$q),
        .clock(valid$14$clock)
    );
    qins_alu$encoder$valid$15 valid$15(
        .d(valid$15$d),
        .q(valid$15$q),
        .clock(valid$15$clock)
    );
    qins_alu$encoder$valid$16 valid$16(
        .d(valid$16$d),
        .q(valid$16$q),
        .clock(valid$16$clock)
    );
    qins_alu$encoder$steps$0 steps$0(
        .value(steps$0$value),
        .threshold(steps$0$threshold),
        .rank_in(steps$0$rank_in),
        .rank_bit(steps$0$rank_bit),
        .rank_out(steps$0$rank_out)
    );
    qins_alu$encoder$steps$1 steps$1(
        .value(steps$1$value),
        .threshold(steps$1$threshold),
        .rank_in(steps$1$rank_in),
        .rank_bit(steps$1$rank_bit),
        .rank_out(steps$1$rank_out)
    );
    qins_alu$encoder$steps$2 steps$2(
        .value(steps$2$value),
        .threshold(steps$2$threshold),
        .rank_in(steps$2$rank_in),
        .rank_bit(steps$2$rank_bit),
        .rank_out(steps$2$rank_out)
    );
    qins_alu$encoder$steps$3 steps$3(
        .value(steps$3$value),
        .threshold(steps$3$threshold),
        .rank_in(steps$3$rank_in),
        .rank_bit(steps$3$rank_bit),
        .rank_out(steps$3$rank_out)
    );
    qins_alu$encoder$steps$4 steps$4(
        .value(steps$4$value),
        .threshold(steps$4$threshold),
        .rank_in(steps$4$rank_in),
        .rank_bit(steps$4$rank_bit),
        .rank_out(steps$4$rank_out)
    );
    qins_alu$encoder$steps$5 steps$5(
        .value(steps$5$value),
        .threshold(steps$5$threshold),
        .rank_in(steps$5$rank_in),
        .rank_bit(steps$5$rank_bit),
        .rank_out(steps$5$rank_out)
    );
    qins_alu$encoder$steps$6 steps$6(
        .value(steps$6$value),
        .threshold(steps$6$threshold),
        .rank_in(steps$6$rank_in),
        .rank_bit(steps$6$rank_bit),
        .rank_out(steps$6$rank_out)
    );
    qins_alu$encoder$steps$7 steps$7(
        .value(steps$7$value),
        .threshold(steps$7$threshold),
        .rank_in(steps$7$rank_in),
        .rank_bit(steps$7$rank_bit),
        .rank_out(steps$7$rank_out)
    );
    
    // Update code
    always @(*) begin
        tables$clock = clock;
        value$0$clock = clock;
        value$1$clock = clock;
        value$2$clock = clock;
        value$3$clock = clock;
        value$4$clock = clock;
        value$5$clock = clock;
        value$6$clock = clock;
        value$7$clock = clock;
        value$8$clock = clock;
        value$9$clock = clock;
        value$10$clock = clock;
        value$11$clock = clock;
        value$12$clock = clock;
        value$13$clock = clock;
        value$14$clock = clock;
        value$15$clock = clock;
        value$16$clock = clock;
        rank_a$0$clock = clock;
        rank_b$0$clock = clock;
        threshold_held$0$clock = clock;
        rank_a$1$clock = clock;
        rank_b$1$clock = clock;
        threshold_held$1$clock = clock;
        rank_a$2$clock = clock;
        rank_b$2$clock = clock;
        threshold_held$2$clock = clock;
        rank_a$3$clock = clock;
        rank_b$3$clock = clock;
        threshold_held$3$clock = clock;
        rank_a$4$clock = clock;
        rank_b$4$clock = clock;
        threshold_held$4$clock = clock;
        rank_a$5$clock = clock;
        rank_b$5$clock = clock;
        threshold_held$5$clock = clock;
        rank_a$6$clock = clock;
        rank_b$6$clock = clock;
        threshold_held$6$clock = clock;
        code_held$clock = clock;
        valid$0$clock = clock;
        valid$1$clock = clock;
        valid$2$clock = clock;
        valid$3$clock = clock;
        valid$4$clock = clock;
        valid$5$clock = clock;
        valid$6$clock = clock;
        valid$7$clock = clock;
        valid$8$clock = clock;
        valid$9$clock = clock;
        valid$10$clock = clock;
        valid$11$clock = clock;
        valid$12$clock = clock;
        valid$13$clock = clock;
        valid$14$clock = clock;
        valid$15$clock = clock;
        valid$16$clock = clock;
        value$0$d = in_value;
        value$1$d = value$0$q;
        value$2$d = value$1$q;
        value$3$d = value$2$q;
        value$4$d = value$3$q;
        value$5$d = value$4$q;
        value$6$d = value$5$q;
        value$7$d = value$6$q;
        value$8$d = value$7$q;
        value$9$d = value$8$q;
        value$10$d = value$9$q;
        value$11$d = value$10$q;
        value$12$d = value$11$q;
        value$13$d = value$12$q;
        value$14$d = value$13$q;
        value$15$d = value$14$q;
        value$16$d = value$15$q;
        out_value = value$16$q;
        valid$0$d = in_valid;
        valid$1$d = valid$0$q;
        valid$2$d = valid$1$q;
        valid$3$d = valid$2$q;
        valid$4$d = valid$3$q;
        valid$5$d = valid$4$q;
        valid$6$d = valid$5$q;
        valid$7$d = valid$6$q;
        valid$8$d = valid$7$q;
        valid$9$d = valid$8$q;
        valid$10$d = valid$9$q;
        valid$11$d = valid$10$q;
        valid$12$d = valid$11$q;
        valid$13$d = valid$12$q;
        valid$14$d = valid$13$q;
        valid$15$d = valid$14$q;
        valid$16$d = valid$15$q;
        out_valid = valid$16$q;
        steps$0$rank_in = zero_rank;
        steps$0$threshold = tables$threshold$0;
        steps$1$rank_in = rank_b$0$q;
        steps$1$threshold = threshold_held$0$q;
        steps$2$rank_in = rank_b$1$q;
        steps$2$threshold = threshold_held$1$q;
        steps$3$rank_in = rank_b$2$q;
        steps$3$threshold = threshold_held$2$q;
        steps$4$rank_in = rank_b$3$q;
        steps$4$threshold = threshold_held$3$q;
        steps$5$rank_in = rank_b$4$q;
        steps$5$threshold = threshold_held$4$q;
        steps$6$rank_in = rank_b$5$q;
        steps$6$threshold = threshold_held$5$q;
        steps$7$rank_in = rank_b$6$q;
        steps$7$threshold = threshold_held$6$q;
        steps$0$value = value$0$q;
        steps$0$rank_bit = step_bit$0;
        tables$rank$0 = steps$0$rank_out;
        steps$1$value = value$2$q;
        steps$1$rank_bit = step_bit$1;
        tables$rank$1 = steps$1$rank_out;
        steps$2$value = value$4$q;
        steps$2$rank_bit = step_bit$2;
        tables$rank$2 = steps$2$rank_out;
        steps$3$value = value$6$q;
        steps$3$rank_bit = step_bit$3;
        tables$rank$3 = steps$3$rank_out;
        steps$4$value = value$8$q;
        steps$4$rank_bit = step_bit$4;
        tables$rank$4 = steps$4$rank_out;
        steps$5$value = value$10$q;
        steps$5$rank_bit = step_bit$5;
        tables$rank$5 = steps$5$rank_out;
        steps$6$value = value$12$q;
        steps$6$rank_bit = step_bit$6;
        tables$rank$6 = steps$6$rank_out;
        steps$7$value = value$14$q;
        steps$7$rank_bit = step_bit$7;
        tables$rank$7 = steps$7$rank_out;
        rank_a$0$d = steps$0$rank_out;
        rank_b$0$d = rank_a$0$q;
        threshold_held$0$d = tables$threshold$1;
        rank_a$1$d = steps$1$rank_out;
        rank_b$1$d = rank_a$1$q;
        threshold_held$1$d = tables$threshold$2;
        rank_a$2$d = steps$2$rank_out;
        rank_b$2$d = rank_a$2$q;
        threshold_held$2$d = tables$threshold$3;
        rank_a$3$d = steps$3$rank_out;
        rank_b$3$d = rank_a$3$q;
        threshold_held$3$d = tables$threshold$4;
        rank_a$4$d = steps$4$rank_out;
        rank_b$4$d = rank_a$4$q;
        threshold_held$4$d = tables$threshold$5;
        rank_a$5$d = steps$5$rank_out;
        rank_b$5$d = rank_a$5$q;
        threshold_held$5$d = tables$threshold$6;
        rank_a$6$d = steps$6$rank_out;
        rank_b$6$d = rank_a$6$q;
        threshold_held$6$d = tables$threshold$7;
        code_held$d = tables$code;
        out_code = code_held$q;
    end
    
endmodule // qins_alu$encoder


module qins_alu$encoder$code_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$code_held


module qins_alu$encoder$rank_a$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_a$0


module qins_alu$encoder$rank_a$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_a$1


module qins_alu$encoder$rank_a$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_a$2


module qins_alu$encoder$rank_a$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_a$3


module qins_alu$encoder$rank_a$4(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_a$4


module qins_alu$encoder$rank_a$5(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_a$5


module qins_alu$encoder$rank_a$6(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_a$6


module qins_alu$encoder$rank_b$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_b$0


module qins_alu$encoder$rank_b$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_b$1


module qins_alu$encoder$rank_b$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_b$2


module qins_alu$encoder$rank_b$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_b$3


module qins_alu$encoder$rank_b$4(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_b$4


module qins_alu$encoder$rank_b$5(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_b$5


module qins_alu$encoder$rank_b$6(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$rank_b$6


module qins_alu$encoder$steps$0(value,threshold,rank_in,rank_bit,rank_out);
    
    // Module arguments
    input wire signed [31:0] value;
    input wire signed [31:0] threshold;
    input wire  [7:0] rank_in;
    input wire  [7:0] rank_bit;
    output reg  [7:0] rank_out;
    
    // Local signals
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    
    // Update code
    always @(*) begin
        value_high = value[(32'h10)+:(16)];
        value_low = $unsigned(value[(32'h0)+:(16)]);
        threshold_high = threshold[(32'h10)+:(16)];
        threshold_low = $unsigned(threshold[(32'h0)+:(16)]);
        rank_out = rank_in;
        if ((value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low))) begin
            rank_out = rank_in | rank_bit;
        end
    end
    
endmodule // qins_alu$encoder$steps$0


module qins_alu$encoder$steps$1(value,threshold,rank_in,rank_bit,rank_out);
    
    // Module arguments
    input wire signed [31:0] value;
    input wire signed [31:0] threshold;
    input wire  [7:0] rank_in;
    input wire  [7:0] rank_bit;
    output reg  [7:0] rank_out;
    
    // Local signals
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    
    // Update code
    always @(*) begin
        value_high = value[(32'h10)+:(16)];
        value_low = $unsigned(value[(32'h0)+:(16)]);
        threshold_high = threshold[(32'h10)+:(16)];
        threshold_low = $unsigned(threshold[(32'h0)+:(16)]);
        rank_out = rank_in;
        if ((value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low))) begin
            rank_out = rank_in | rank_bit;
        end
    end
    
endmodule // qins_alu$encoder$steps$1


module qins_alu$encoder$steps$2(value,threshold,rank_in,rank_bit,rank_out);
    
    // Module arguments
    input wire signed [31:0] value;
    input wire signed [31:0] threshold;
    input wire  [7:0] rank_in;
    input wire  [7:0] rank_bit;
    output reg  [7:0] rank_out;
    
    // Local signals
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    
    // Update code
    always @(*) begin
        value_high = value[(32'h10)+:(16)];
        value_low = $unsigned(value[(32'h0)+:(16)]);
        threshold_high = threshold[(32'h10)+:(16)];
        threshold_low = $unsigned(threshold[(32'h0)+:(16)]);
        rank_out = rank_in;
        if ((value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low))) begin
            rank_out = rank_in | rank_bit;
        end
    end
    
endmodule // qins_alu$encoder$steps$2


module qins_alu$encoder$steps$3(value,threshold,rank_in,rank_bit,rank_out);
    
    // Module arguments
    input wire signed [31:0] value;
    input wire signed [31:0] threshold;
    input wire  [7:0] rank_in;
    input wire  [7:0] rank_bit;
    output reg  [7:0] rank_out;
    
    // Local signals
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    
    // Update code
    always @(*) begin
        value_high = value[(32'h10)+:(16)];
        value_low = $unsigned(value[(32'h0)+:(16)]);
        threshold_high = threshold[(32'h10)+:(16)];
        threshold_low = $unsigned(threshold[(32'h0)+:(16)]);
        rank_out = rank_in;
        if ((value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low))) begin
            rank_out = rank_in | rank_bit;
        end
    end
    
endmodule // qins_alu$encoder$steps$3


module qins_alu$encoder$steps$4(value,threshold,rank_in,rank_bit,rank_out);
    
    // Module arguments
    input wire signed [31:0] value;
    input wire signed [31:0] threshold;
    input wire  [7:0] rank_in;
    input wire  [7:0] rank_bit;
    output reg  [7:0] rank_out;
    
    // Local signals
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    
    // Update code
    always @(*) begin
        value_high = value[(32'h10)+:(16)];
        value_low = $unsigned(value[(32'h0)+:(16)]);
        threshold_high = threshold[(32'h10)+:(16)];
        threshold_low = $unsigned(threshold[(32'h0)+:(16)]);
        rank_out = rank_in;
        if ((value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low))) begin
            rank_out = rank_in | rank_bit;
        end
    end
    
endmodule // qins_alu$encoder$steps$4


module qins_alu$encoder$steps$5(value,threshold,rank_in,rank_bit,rank_out);
    
    // Module arguments
    input wire signed [31:0] value;
    input wire signed [31:0] threshold;
    input wire  [7:0] rank_in;
    input wire  [7:0] rank_bit;
    output reg  [7:0] rank_out;
    
    // Local signals
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    
    // Update code
    always @(*) begin
        value_high = value[(32'h10)+:(16)];
        value_low = $unsigned(value[(32'h0)+:(16)]);
        threshold_high = threshold[(32'h10)+:(16)];
        threshold_low = $unsigned(threshold[(32'h0)+:(16)]);
        rank_out = rank_in;
        if ((value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low))) begin
            rank_out = rank_in | rank_bit;
        end
    end
    
endmodule // qins_alu$encoder$steps$5


module qins_alu$encoder$steps$6(value,threshold,rank_in,rank_bit,rank_out);
    
    // Module arguments
    input wire signed [31:0] value;
    input wire signed [31:0] threshold;
    input wire  [7:0] rank_in;
    input wire  [7:0] rank_bit;
    output reg  [7:0] rank_out;
    
    // Local signals
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    
    // Update code
    always @(*) begin
        value_high = value[(32'h10)+:(16)];
        value_low = $unsigned(value[(32'h0)+:(16)]);
        threshold_high = threshold[(32'h10)+:(16)];
        threshold_low = $unsigned(threshold[(32'h0)+:(16)]);
        rank_out = rank_in;
        if ((value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low))) begin
            rank_out = rank_in | rank_bit;
        end
    end
    
endmodule // qins_alu$encoder$steps$6


module qins_alu$encoder$steps$7(value,threshold,rank_in,rank_bit,rank_out);
    
    // Module arguments
    input wire signed [31:0] value;
    input wire signed [31:0] threshold;
    input wire  [7:0] rank_in;
    input wire  [7:0] rank_bit;
    output reg  [7:0] rank_out;
    
    // Local signals
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    
    // Update code
    always @(*) begin
        value_high = value[(32'h10)+:(16)];
        value_low = $unsigned(value[(32'h0)+:(16)]);
        threshold_high = threshold[(32'h10)+:(16)];
        threshold_low = $unsigned(threshold[(32'h0)+:(16)]);
        rank_out = rank_in;
        if ((value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low))) begin
            rank_out = rank_in | rank_bit;
        end
    end
    
endmodule // qins_alu$encoder$steps$7


module qins_alu$encoder$tables(clock,rank$0,rank$1,rank$2,rank$3,rank$4,rank$5,rank$6,rank$7,threshold$0,threshold$1,threshold$2,threshold$3,threshold$4,threshold$5,threshold$6,threshold$7,code,threshold_write$enable,threshold_write$index,threshold_write$value,code_write$enable,code_write$index,code_write$value);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] rank$0;
    input wire  [7:0] rank$1;
    input wire  [7:0] rank$2;
    input wire  [7:0] rank$3;
    input wire  [7:0] rank$4;
    input wire  [7:0] rank$5;
    input wire  [7:0] rank$6;
    input wire  [7:0] rank$7;
    output reg signed [31:0] threshold$0;
    output reg signed [31:0] threshold$1;
    output reg signed [31:0] threshold$2;
    output reg signed [31:0] threshold$3;
    output reg signed [31:0] threshold$4;
    output reg signed [31:0] threshold$5;
    output reg signed [31:0] threshold$6;
    output reg signed [31:0] threshold$7;
    output reg  [7:0] code;
    input wire  threshold_write$enable;
    input wire  [7:0] threshold_write$index;
    input wire signed [31:0] threshold_write$value;
    input wire  code_write$enable;
    input wire  [7:0] code_write$index;
    input wire  [7:0] code_write$value;
    
    // Stub signals
    reg  [31:0] step7$d;
    wire  [31:0] step7$q;
    reg  step7$clock;
    reg  step6$read_address;
    reg  step6$read_clock;
    wire signed [31:0] step6$read_data;
    reg  step6$write_address;
    reg  step6$write_clock;
    reg signed [31:0] step6$write_data;
    reg  step6$write_enable;
    reg  [1:0] step5$read_address;
    reg  step5$read_clock;
    wire signed [31:0] step5$read_data;
    reg  [1:0] step5$write_address;
    reg  step5$write_clock;
    reg signed [31:0] step5$write_data;
    reg  step5$write_enable;
    reg  [2:0] step4$read_address;
    reg  step4$read_clock;
    wire signed [31:0] step4$read_data;
    reg  [2:0] step4$write_address;
    reg  step4$write_clock;
    reg signed [31:0] step4$write_data;
    reg  step4$write_enable;
    reg  [3:0] step3$read_address;
    reg  step3$read_clock;
    wire signed [31:0] step3$read_data;
    reg  [3:0] step3$write_address;
    reg  step3$write_clock;
    reg signed [31:0] step3$write_data;
    reg  step3$write_enable;
    reg  [4:0] step2$read_address;
    reg  step2$read_clock;
    wire signed [31:0] step2$read_data;
    reg  [4:0] step2$write_address;
    reg  step2$write_clock;
    reg signed [31:0] step2$write_data;
    reg  step2$write_enable;
    reg  [5:0] step1$read_address;
    reg  step1$read_clock;
    wire signed [31:0] step1$read_data;
    reg  [5:0] step1$write_address;
    reg  step1$write_clock;
    reg signed [31:0] step1$write_data;
    reg  step1$write_enable;
    reg  [6:0] step0$read_address;
    reg  step0$read_clock;
    wire signed [31:0] step0$read_data;
    reg  [6:0] step0$write_address;
    reg  step0$write_clock;
    reg signed [31:0] step0$write_data;
    reg  step0$write_enable;
    reg  [7:0] code_of_rank$read_address;
    reg  code_of_rank$read_clock;
    wire  [7:0] code_of_rank$read_data;
    reg  [7:0] code_of_rank$write_address;
    reg  code_of_rank$write_clock;
    reg  [7:0] code_of_rank$write_data;
    reg  code_of_rank$write_enable;
    
    // Sub module instances
    qins_alu$encoder$tables$step7 step7(
        .d(step7$d),
        .q(step7$q),
        .clock(step7$clock)
    );
    qins_alu$encoder$tables$step6 step6(
        .read_address(step6$read_address),
        .read_clock(step6$read_clock),
        .read_data(step6$read_data),
        .write_address(step6$write_address),
        .write_clock(step6$write_clock),
        .write_data(step6$write_data),
        .write_enable(step6$write_enable)
    );
    qins_alu$encoder$tables$step5 step5(
        .read_address(step5$read_address),
        .read_clock(step5$read_clock),
        .read_data(step5$read_data),
        .write_address(step5$write_address),
        .write_clock(step5$write_clock),
        .write_data(step5$write_data),
        .write_enable(step5$write_enable)
    );
    qins_alu$encoder$tables$step4 step4(
        .read_address(step4$read_address),
        .read_clock(step4$read_clock),
        .read_data(step4$read_data),
        .write_address(step4$write_address),
        .write_clock(step4$write_clock),
        .write_data(step4$write_data),
        .write_enable(step4$write_enable)
    );
    qins_alu$encoder$tables$step3 step3(
        .read_address(step3$read_address),
        .read_clock(step3$read_clock),
        .read_data(step3$read_data),
        .write_address(step3$write_address),
        .write_clock(step3$write_clock),
        .write_data(step3$write_data),
        .write_enable(step3$write_enable)
    );
    qins_alu$encoder$tables$step2 step2(
        .read_address(step2$read_address),
        .read_clock(step2$read_clock),
        .read_data(step2$read_data),
        .write_address(step2$write_address),
        .write_clock(step2$write_clock),
        .write_data(step2$write_data),
        .write_enable(step2$write_enable)
    );
    qins_alu$encoder$tables$step1 step1(
        .read_address(step1$read_address),
        .read_clock(step1$read_clock),
        .read_data(step1$read_data),
        .write_address(step1$write_address),
        .write_clock(step1$write_clock),
        .write_data(step1$write_data),
        .write_enable(step1$write_enable)
    );
    qins_alu$encoder$tables$step0 step0(
        .read_address(step0$read_address),
        .read_clock(step0$read_clock),
        .read_data(step0$read_data),
        .write_address(step0$write_address),
        .write_clock(step0$write_clock),
        .write_data(step0$write_data),
        .write_enable(step0$write_enable)
    );
    qins_alu$encoder$tables$code_of_rank code_of_rank(
        .read_address(code_of_rank$read_address),
        .read_clock(code_of_rank$read_clock),
        .read_data(code_of_rank$read_data),
        .write_address(code_of_rank$write_address),
        .write_clock(code_of_rank$write_clock),
        .write_data(code_of_rank$write_data),
        .write_enable(code_of_rank$write_enable)
    );
    
    // Update code
    always @(*) begin
        step7$clock = clock;
        step6$read_clock = clock;
        step6$write_clock = clock;
        step5$read_clock = clock;
        step5$write_clock = clock;
        step4$read_clock = clock;
        step4$write_clock = clock;
        step3$read_clock = clock;
        step3$write_clock = clock;
        step2$read_clock = clock;
        step2$write_clock = clock;
        step1$read_clock = clock;
        step1$write_clock = clock;
        step0$read_clock = clock;
        step0$write_clock = clock;
        code_of_rank$read_clock = clock;
        code_of_rank$write_clock = clock;
        threshold$0 = $signed(step7$q);
        threshold$1 = step6$read_data;
        threshold$2 = step5$read_data;
        threshold$3 = step4$read_data;
        threshold$4 = step3$read_data;
        threshold$5 = step2$read_data;
        threshold$6 = step1$read_data;
        threshold$7 = step0$read_data;
        step6$read_address = rank$0[(32'h7)+:(1)];
        step5$read_address = rank$1[(32'h6)+:(2)];
        step4$read_address = rank$2[(32'h5)+:(3)];
        step3$read_address = rank$3[(32'h4)+:(4)];
        step2$read_address = rank$4[(32'h3)+:(5)];
        step1$read_address = rank$5[(32'h2)+:(6)];
        step0$read_address = rank$6[(32'h1)+:(7)];
        code_of_rank$read_address = rank$7;
        code = code_of_rank$read_data;
        step7$d = step7$q;
        if (threshold_write$enable & &threshold_write$index[(32'h0)+:(7)] & ~threshold_write$index[32'h7]) begin
            step7$d = $unsigned(threshold_write$value);
        end
        step6$write_enable = threshold_write$enable & &threshold_write$index[(32'h0)+:(6)] & ~threshold_write$index[32'h6];
        step5$write_enable = threshold_write$enable & &threshold_write$index[(32'h0)+:(5)] & ~threshold_write$index[32'h5];
        step4$write_enable = threshold_write$enable & &threshold_write$index[(32'h0)+:(4)] & ~threshold_write$index[32'h4];
        step3$write_enable = threshold_write$enable & &threshold_write$index[(32'h0)+:(3)] & ~threshold_write$index[32'h3];
        step2$write_enable = threshold_write$enable & &threshold_write$index[(32'h0)+:(2)] & ~threshold_write$index[32'h2];
        step1$write_enable = threshold_write$enable & threshold_write$index[32'h0] & ~threshold_write$index[32'h1];
        step0$write_enable = threshold_write$enable & ~threshold_write$index[32'h0];
        step6$write_address = threshold_write$index[(32'h7)+:(1)];
        step5$write_address = threshold_write$index[(32'h6)+:(2)];
        step4$write_address = threshold_write$index[(32'h5)+:(3)];
        step3$write_address = threshold_write$index[(32'h4)+:(4)];
        step2$write_address = threshold_write$index[(32'h3)+:(5)];
        step1$write_address = threshold_write$index[(32'h2)+:(6)];
        step0$write_address = threshold_write$index[(32'h1)+:(7)];
        step6$write_data = threshold_write$value;
        step5$write_data = threshold_write$value;
        step4$write_data = threshold_write$value;
        step3$write_data = threshold_write$value;
        step2$write_data = threshold_write$value;
        step1$write_data = threshold_write$value;
        step0$write_data = threshold_write$value;
        code_of_rank$write_enable = code_write$enable;
        code_of_rank$write_address = code_write$index;
        code_of_rank$write_data = code_write$value;
    end
    
endmodule // qins_alu$encoder$tables


module qins_alu$encoder$tables$code_of_rank(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[255:0];
    
    initial begin
    mem[8'h0] = 8'h80;
    mem[8'h1] = 8'h80;
    mem[8'h2] = 8'h81;
    mem[8'h3] = 8'h82;
    mem[8'h4] = 8'h83;
    mem[8'h5] = 8'h84;
    mem[8'h6] = 8'h85;
    mem[8'h7] = 8'h86;
    mem[8'h8] = 8'h87;
    mem[8'h9] = 8'h88;
    mem[8'ha] = 8'h89;
    mem[8'hb] = 8'h8a;
    mem[8'hc] = 8'h8b;
    mem[8'hd] = 8'h8c;
    mem[8'he] = 8'h8d;
    mem[8'hf] = 8'h8e;
    mem[8'h10] = 8'h8f;
    mem[8'h11] = 8'h90;
    mem[8'h12] = 8'h91;
    mem[8'h13] = 8'h92;
    mem[8'h14] = 8'h93;
    mem[8'h15] = 8'h94;
    mem[8'h16] = 8'h95;
    mem[8'h17] = 8'h96;
    mem[8'h18] = 8'h97;
    mem[8'h19] = 8'h98;
    mem[8'h1a] = 8'h99;
    mem[8'h1b] = 8'h9a;
    mem[8'h1c] = 8'h9b;
    mem[8'h1d] = 8'h9c;
    mem[8'h1e] = 8'h9d;
    mem[8'h1f] = 8'h9e;
    mem[8'h20] = 8'h9f;
    mem[8'h21] = 8'ha0;
    mem[8'h22] = 8'ha1;
    mem[8'h23] = 8'ha2;
    mem[8'h24] = 8'ha3;
    mem[8'h25] = 8'ha4;
    mem[8'h26] = 8'ha5;
    mem[8'h27] = 8'ha6;
    mem[8'h28] = 8'ha7;
    mem[8'h29] = 8'ha8;
    mem[8'h2a] = 8'ha9;
    mem[8'h2b] = 8'haa;
    mem[8'h2c] = 8'hab;
    mem[8'h2d] = 8'hac;
    mem[8'h2e] = 8'had;
    mem[8'h2f] = 8'hae;
    mem[8'h30] = 8'haf;
    mem[8'h31] = 8'hb0;
    mem[8'h32] = 8'hb1;
    mem[8'h33] = 8'hb2;
    mem[8'h34] = 8'hb3;
    mem[8'h35] = 8'hb4;
    mem[8'h36] = 8'hb5;
    mem[8'h37] = 8'hb6;
    mem[8'h38] = 8'hb7;
    mem[8'h39] = 8'hb8;
    mem[8'h3a] = 8'hb9;
    mem[8'h3b] = 8'hba;
    mem[8'h3c] = 8'hbb;
    mem[8'h3d] = 8'hbc;
    mem[8'h3e] = 8'hbd;
    mem[8'h3f] = 8'hbe;
    mem[8'h40] = 8'hbf;
    mem[8'h41] = 8'hc0;
    mem[8'h42] = 8'hc1;
    mem[8'h43] = 8'hc2;
    mem[8'h44] = 8'hc3;
    mem[8'h45] = 8'hc4;
    mem[8'h46] = 8'hc5;
    mem[8'h47] = 8'hc6;
    mem[8'h48] = 8'hc7;
    mem[8'h49] = 8'hc8;
    mem[8'h4a] = 8'hc9;
    mem[8'h4b] = 8'hca;
    mem[8'h4c] = 8'hcb;
    mem[8'h4d] = 8'hcc;
    mem[8'h4e] = 8'hcd;
    mem[8'h4f] = 8'hce;
    mem[8'h50] = 8'hcf;
    mem[8'h51] = 8'hd0;
    mem[8'h52] = 8'hd1;
    mem[8'h53] = 8'hd2;
    mem[8'h54] = 8'hd3;
    mem[8'h55] = 8'hd4;
    mem[8'h56] = 8'hd5;
    mem[8'h57] = 8'hd6;
    mem[8'h58] = 8'hd7;
    mem[8'h59] = 8'hd8;
    mem[8'h5a] = 8'hd9;
    mem[8'h5b] = 8'hda;
    mem[8'h5c] = 8'hdb;
    mem[8'h5d] = 8'hdc;
    mem[8'h5e] = 8'hdd;
    mem[8'h5f] = 8'hde;
    mem[8'h60] = 8'hdf;
    mem[8'h61] = 8'he0;
    mem[8'h62] = 8'he1;
    mem[8'h63] = 8'he2;
    mem[8'h64] = 8'he3;
    mem[8'h65] = 8'he4;
    mem[8'h66] = 8'he5;
    mem[8'h67] = 8'he6;
    mem[8'h68] = 8'he7;
    mem[8'h69] = 8'he8;
    mem[8'h6a] = 8'he9;
    mem[8'h6b] = 8'hea;
    mem[8'h6c] = 8'heb;
    mem[8'h6d] = 8'hec;
    mem[8'h6e] = 8'hed;
    mem[8'h6f] = 8'hee;
    mem[8'h70] = 8'hef;
    mem[8'h71] = 8'hf0;
    mem[8'h72] = 8'hf1;
    mem[8'h73] = 8'hf2;
    mem[8'h74] = 8'hf3;
    mem[8'h75] = 8'hf4;
    mem[8'h76] = 8'hf5;
    mem[8'h77] = 8'hf6;
    mem[8'h78] = 8'hf7;
    mem[8'h79] = 8'hf8;
    mem[8'h7a] = 8'hf9;
    mem[8'h7b] = 8'hfa;
    mem[8'h7c] = 8'hfb;
    mem[8'h7d] = 8'hfc;
    mem[8'h7e] = 8'hfd;
    mem[8'h7f] = 8'hfe;
    mem[8'h80] = 8'h7f;
    mem[8'h81] = 8'h7e;
    mem[8'h82] = 8'h7d;
    mem[8'h83] = 8'h7c;
    mem[8'h84] = 8'h7b;
    mem[8'h85] = 8'h7a;
    mem[8'h86] = 8'h79;
    mem[8'h87] = 8'h78;
    mem[8'h88] = 8'h77;
    mem[8'h89] = 8'h76;
    mem[8'h8a] = 8'h75;
    mem[8'h8b] = 8'h74;
    mem[8'h8c] = 8'h73;
    mem[8'h8d] = 8'h72;
    mem[8'h8e] = 8'h71;
    mem[8'h8f] = 8'h70;
    mem[8'h90] = 8'h6f;
    mem[8'h91] = 8'h6e;
    mem[8'h92] = 8'h6d;
    mem[8'h93] = 8'h6c;
    mem[8'h94] = 8'h6b;
    mem[8'h95] = 8'h6a;
    mem[8'h96] = 8'h69;
    mem[8'h97] = 8'h68;
    mem[8'h98] = 8'h67;
    mem[8'h99] = 8'h66;
    mem[8'h9a] = 8'h65;
    mem[8'h9b] = 8'h64;
    mem[8'h9c] = 8'h63;
    mem[8'h9d] = 8'h62;
    mem[8'h9e] = 8'h61;
    mem[8'h9f] = 8'h60;
    mem[8'ha0] = 8'h5f;
    mem[8'ha1] = 8'h5e;
    mem[8'ha2] = 8'h5d;
    mem[8'ha3] = 8'h5c;
    mem[8'ha4] = 8'h5b;
    mem[8'ha5] = 8'h5a;
    mem[8'ha6] = 8'h59;
    mem[8'ha7] = 8'h58;
    mem[8'ha8] = 8'h57;
    mem[8'ha9] = 8'h56;
    mem[8'haa] = 8'h55;
    mem[8'hab] = 8'h54;
    mem[8'hac] = 8'h53;
    mem[8'had] = 8'h52;
    mem[8'hae] = 8'h51;
    mem[8'haf] = 8'h50;
    mem[8'hb0] = 8'h4f;
    mem[8'hb1] = 8'h4e;
    mem[8'hb2] = 8'h4d;
    mem[8'hb3] = 8'h4c;
    mem[8'hb4] = 8'h4b;
    mem[8'hb5] = 8'h4a;
    mem[8'hb6] = 8'h49;
    mem[8'hb7] = 8'h48;
    mem[8'hb8] = 8'h47;
    mem[8'hb9] = 8'h46;
    mem[8'hba] = 8'h45;
    mem[8'hbb] = 8'h44;
    mem[8'hbc] = 8'h43;
    mem[8'hbd] = 8'h42;
    mem[8'hbe] = 8'h41;
    mem[8'hbf] = 8'h40;
    mem[8'hc0] = 8'h3f;
    mem[8'hc1] = 8'h3e;
    mem[8'hc2] = 8'h3d;
    mem[8'hc3] = 8'h3c;
    mem[8'hc4] = 8'h3b;
    mem[8'hc5] = 8'h3a;
    mem[8'hc6] = 8'h39;
    mem[8'hc7] = 8'h38;
    mem[8'hc8] = 8'h37;
    mem[8'hc9] = 8'h36;
    mem[8'hca] = 8'h35;
    mem[8'hcb] = 8'h34;
    mem[8'hcc] = 8'h33;
    mem[8'hcd] = 8'h32;
    mem[8'hce] = 8'h31;
    mem[8'hcf] = 8'h30;
    mem[8'hd0] = 8'h2f;
    mem[8'hd1] = 8'h2e;
    mem[8'hd2] = 8'h2d;
    mem[8'hd3] = 8'h2c;
    mem[8'hd4] = 8'h2b;
    mem[8'hd5] = 8'h2a;
    mem[8'hd6] = 8'h29;
    mem[8'hd7] = 8'h28;
    mem[8'hd8] = 8'h27;
    mem[8'hd9] = 8'h26;
    mem[8'hda] = 8'h25;
    mem[8'hdb] = 8'h24;
    mem[8'hdc] = 8'h23;
    mem[8'hdd] = 8'h22;
    mem[8'hde] = 8'h21;
    mem[8'hdf] = 8'h20;
    mem[8'he0] = 8'h1f;
    mem[8'he1] = 8'h1e;
    mem[8'he2] = 8'h1d;
    mem[8'he3] = 8'h1c;
    mem[8'he4] = 8'h1b;
    mem[8'he5] = 8'h1a;
    mem[8'he6] = 8'h19;
    mem[8'he7] = 8'h18;
    mem[8'he8] = 8'h17;
    mem[8'he9] = 8'h16;
    mem[8'hea] = 8'h15;
    mem[8'heb] = 8'h14;
    mem[8'hec] = 8'h13;
    mem[8'hed] = 8'h12;
    mem[8'hee] = 8'h11;
    mem[8'hef] = 8'h10;
    mem[8'hf0] = 8'hf;
    mem[8'hf1] = 8'he;
    mem[8'hf2] = 8'hd;
    mem[8'hf3] = 8'hc;
    mem[8'hf4] = 8'hb;
    mem[8'hf5] = 8'ha;
    mem[8'hf6] = 8'h9;
    mem[8'hf7] = 8'h8;
    mem[8'hf8] = 8'h7;
    mem[8'hf9] = 8'h6;
    mem[8'hfa] = 8'h5;
    mem[8'hfb] = 8'h4;
    mem[8'hfc] = 8'h3;
    mem[8'hfd] = 8'h2;
    mem[8'hfe] = 8'h1;
    mem[8'hff] = 8'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$encoder$tables$code_of_rank


module qins_alu$encoder$tables$step0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[127:0];
    
    initial begin
    mem[7'b0] = 32'h80000000;
    mem[7'b1] = 32'hffcbaaab;
    mem[7'b10] = 32'hffe43334;
    mem[7'b11] = 32'hffed30c4;
    mem[7'b100] = 32'hfff1e38f;
    mem[7'b101] = 32'hfff4c826;
    mem[7'b110] = 32'hfff6be5c;
    mem[7'b111] = 32'hfff82973;
    mem[7'b1000] = 32'hfff93c3d;
    mem[7'b1001] = 32'hfffa1377;
    mem[7'b1010] = 32'hfffac09d;
    mem[7'b1011] = 32'hfffb4eed;
    mem[7'b1100] = 32'hfffbc5fa;
    mem[7'b1101] = 32'hfffc2b09;
    mem[7'b1110] = 32'hfffc81e5;
    mem[7'b1111] = 32'hfffccd5a;
    mem[7'b10000] = 32'hfffd0f84;
    mem[7'b10001] = 32'hfffd4a01;
    mem[7'b10010] = 32'hfffd7e14;
    mem[7'b10011] = 32'hfffdacbe;
    mem[7'b10100] = 32'hfffdd6cb;
    mem[7'b10101] = 32'hfffdfce2;
    mem[7'b10110] = 32'hfffe1f8d;
    mem[7'b10111] = 32'hfffe3f3b;
    mem[7'b11000] = 32'hfffe5c4d;
    mem[7'b11001] = 32'hfffe7711;
    mem[7'b11010] = 32'hfffe8fcb;
    mem[7'b11011] = 32'hfffea6b4;
    mem[7'b11100] = 32'hfffebbfe;
    mem[7'b11101] = 32'hfffecfd3;
    mem[7'b11110] = 32'hfffee258;
    mem[7'b11111] = 32'hfffef3ae;
    mem[7'b100000] = 32'hffff03f1;
    mem[7'b100001] = 32'hffff1339;
    mem[7'b100010] = 32'hffff219d;
    mem[7'b100011] = 32'hffff2f2f;
    mem[7'b100100] = 32'hffff3c02;
    mem[7'b100101] = 32'hffff4825;
    mem[7'b100110] = 32'hffff53a5;
    mem[7'b100111] = 32'hffff5e8f;
    mem[7'b101000] = 32'hffff68ee;
    mem[7'b101001] = 32'hffff72cd;
    mem[7'b101010] = 32'hffff7c34;
    mem[7'b101011] = 32'hffff852b;
    mem[7'b101100] = 32'hffff8dbb;
    mem[7'b101101] = 32'hffff95ea;
    mem[7'b101110] = 32'hffff9dbe;
    mem[7'b101111] = 32'hffffa53e;
    mem[7'b110000] = 32'hffffac6e;
    mem[7'b110001] = 32'hffffb353;
    mem[7'b110010] = 32'hffffb9f2;
    mem[7'b110011] = 32'hffffc04e;
    mem[7'b110100] = 32'hffffc66d;
    mem[7'b110101] = 32'hffffcc50;
    mem[7'b110110] = 32'hffffd1fc;
    mem[7'b110111] = 32'hffffd774;
    mem[7'b111000] = 32'hffffdcba;
    mem[7'b111001] = 32'hffffe1d0;
    mem[7'b111010] = 32'hffffe6ba;
    mem[7'b111011] = 32'hffffeb79;
    mem[7'b111100] = 32'hfffff010;
    mem[7'b111101] = 32'hfffff481;
    mem[7'b111110] = 32'hfffff8cd;
    mem[7'b111111] = 32'hfffffcf6;
    mem[7'b1000000] = 32'h103;
    mem[7'b1000001] = 32'h51b;
    mem[7'b1000010] = 32'h956;
    mem[7'b1000011] = 32'hdb4;
    mem[7'b1000100] = 32'h1237;
    mem[7'b1000101] = 32'h16e2;
    mem[7'b1000110] = 32'h1bb7;
    mem[7'b1000111] = 32'h20b6;
    mem[7'b1001000] = 32'h25e4;
    mem[7'b1001001] = 32'h2b42;
    mem[7'b1001010] = 32'h30d4;
    mem[7'b1001011] = 32'h369b;
    mem[7'b1001100] = 32'h3c9c;
    mem[7'b1001101] = 32'h42d9;
    mem[7'b1001110] = 32'h4956;
    mem[7'b1001111] = 32'h5018;
    mem[7'b1010000] = 32'h5722;
    mem[7'b1010001] = 32'h5e79;
    mem[7'b1010010] = 32'h6622;
    mem[7'b1010011] = 32'h6e23;
    mem[7'b1010100] = 32'h7681;
    mem[7'b1010101] = 32'h7f44;
    mem[7'b1010110] = 32'h8872;
    mem[7'b1010111] = 32'h9214;
    mem[7'b1011000] = 32'h9c32;
    mem[7'b1011001] = 32'ha6d5;
    mem[7'b1011010] = 32'hb209;
    mem[7'b1011011] = 32'hbdd9;
    mem[7'b1011100] = 32'hca51;
    mem[7'b1011101] = 32'hd782;
    mem[7'b1011110] = 32'he57b;
    mem[7'b1011111] = 32'hf44e;
    mem[7'b1100000] = 32'h10411;
    mem[7'b1100001] = 32'h114da;
    mem[7'b1100010] = 32'h126c3;
    mem[7'b1100011] = 32'h139ec;
    mem[7'b1100100] = 32'h14e77;
    mem[7'b1100101] = 32'h1648b;
    mem[7'b1100110] = 32'h17c55;
    mem[7'b1100111] = 32'h1960d;
    mem[7'b1101000] = 32'h1b1ee;
    mem[7'b1101001] = 32'h1d044;
    mem[7'b1101010] = 32'h1f164;
    mem[7'b1101011] = 32'h215b5;
    mem[7'b1101100] = 32'h23db4;
    mem[7'b1101101] = 32'h269f8;
    mem[7'b1101110] = 32'h29b3a;
    mem[7'b1101111] = 32'h2d25f;
    mem[7'b1110000] = 32'h31085;
    mem[7'b1110001] = 32'h3571a;
    mem[7'b1110010] = 32'h3a7f6;
    mem[7'b1110011] = 32'h40584;
    mem[7'b1110100] = 32'h47304;
    mem[7'b1110101] = 32'h4f4eb;
    mem[7'b1110110] = 32'h59185;
    mem[7'b1110111] = 32'h651fd;
    mem[7'b1111000] = 32'h74445;
    mem[7'b1111001] = 32'h87e98;
    mem[7'b1111010] = 32'ha26ca;
    mem[7'b1111011] = 32'hc82d9;
    mem[7'b1111100] = 32'h102493;
    mem[7'b1111101] = 32'h167778;
    mem[7'b1111110] = 32'h245556;
    mem[7'b1111111] = 32'h5f0000;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$encoder$tables$step0


module qins_alu$encoder$tables$step1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[63:0];
    
    initial begin
    mem[6'b0] = 32'hffa10000;
    mem[6'b1] = 32'hffe98889;
    mem[6'b10] = 32'hfff37d28;
    mem[6'b11] = 32'hfff78169;
    mem[6'b100] = 32'hfff9ae04;
    mem[6'b101] = 32'hfffb0b16;
    mem[6'b110] = 32'hfffbfa7d;
    mem[6'b111] = 32'hfffca8e7;
    mem[6'b1000] = 32'hfffd2da2;
    mem[6'b1001] = 32'hfffd9609;
    mem[6'b1010] = 32'hfffdea4c;
    mem[6'b1011] = 32'hfffe2fbd;
    mem[6'b1100] = 32'hfffe69f4;
    mem[6'b1101] = 32'hfffe9b76;
    mem[6'b1110] = 32'hfffec615;
    mem[6'b1111] = 32'hfffeeb27;
    mem[6'b10000] = 32'hffff0bb3;
    mem[6'b10001] = 32'hffff287f;
    mem[6'b10010] = 32'hffff4228;
    mem[6'b10011] = 32'hffff592c;
    mem[6'b10100] = 32'hffff6ded;
    mem[6'b10101] = 32'hffff80bd;
    mem[6'b10110] = 32'hffff91de;
    mem[6'b10111] = 32'hffffa188;
    mem[6'b11000] = 32'hffffafe9;
    mem[6'b11001] = 32'hffffbd28;
    mem[6'b11010] = 32'hffffc966;
    mem[6'b11011] = 32'hffffd4bf;
    mem[6'b11100] = 32'hffffdf4b;
    mem[6'b11101] = 32'hffffe91f;
    mem[6'b11110] = 32'hfffff24d;
    mem[6'b11111] = 32'hfffffae6;
    mem[6'b100000] = 32'h30b;
    mem[6'b100001] = 32'hb80;
    mem[6'b100010] = 32'h1488;
    mem[6'b100011] = 32'h1e31;
    mem[6'b100100] = 32'h288d;
    mem[6'b100101] = 32'h33b1;
    mem[6'b100110] = 32'h3fb3;
    mem[6'b100111] = 32'h4cae;
    mem[6'b101000] = 32'h5ac3;
    mem[6'b101001] = 32'h6a17;
    mem[6'b101010] = 32'h7ad6;
    mem[6'b101011] = 32'h8d34;
    mem[6'b101100] = 32'ha172;
    mem[6'b101101] = 32'hb7dc;
    mem[6'b101110] = 32'hd0d2;
    mem[6'b101111] = 32'hecc8;
    mem[6'b110000] = 32'h10c53;
    mem[6'b110001] = 32'h1302e;
    mem[6'b110010] = 32'h1594d;
    mem[6'b110011] = 32'h188f0;
    mem[6'b110100] = 32'h1c0c6;
    mem[6'b110101] = 32'h2031f;
    mem[6'b110110] = 32'h25343;
    mem[6'b110111] = 32'h2b600;
    mem[6'b111000] = 32'h332a7;
    mem[6'b111001] = 32'h3d4f8;
    mem[6'b111010] = 32'h4b114;
    mem[6'b111011] = 32'h5ec8a;
    mem[6'b111100] = 32'h7d68e;
    mem[6'b111101] = 32'hb37db;
    mem[6'b111110] = 32'h12cf3d;
    mem[6'b111111] = 32'h345556;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$encoder$tables$step1


module qins_alu$encoder$tables$step2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'hffdbaaab;
    mem[5'b1] = 32'hfff5d937;
    mem[5'b10] = 32'hfffa6e7c;
    mem[5'b11] = 32'hfffc580b;
    mem[5'b100] = 32'hfffd64c7;
    mem[5'b101] = 32'hfffe0e9d;
    mem[5'b110] = 32'hfffe83ac;
    mem[5'b111] = 32'hfffed93e;
    mem[5'b1000] = 32'hffff1a86;
    mem[5'b1001] = 32'hffff4df8;
    mem[5'b1010] = 32'hffff778f;
    mem[5'b1011] = 32'hffff99df;
    mem[5'b1100] = 32'hffffb6ab;
    mem[5'b1101] = 32'hffffcf2d;
    mem[5'b1110] = 32'hffffe44a;
    mem[5'b1111] = 32'hfffff6ab;
    mem[5'b10000] = 32'h734;
    mem[5'b10001] = 32'h1947;
    mem[5'b10010] = 32'h2e05;
    mem[5'b10011] = 32'h460f;
    mem[5'b10100] = 32'h6243;
    mem[5'b10101] = 32'h83cd;
    mem[5'b10110] = 32'hac5c;
    mem[5'b10111] = 32'hde64;
    mem[5'b11000] = 32'h11da9;
    mem[5'b11001] = 32'h17036;
    mem[5'b11010] = 32'h1e074;
    mem[5'b11011] = 32'h281ed;
    mem[5'b11100] = 32'h37e1c;
    mem[5'b11101] = 32'h53f64;
    mem[5'b11110] = 32'h941a5;
    mem[5'b11111] = 32'h1bcccd;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$encoder$tables$step2


module qins_alu$encoder$tables$step3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[15:0];
    
    initial begin
    mem[4'h0] = 32'hffefdb6e;
    mem[4'h1] = 32'hfffb8cfd;
    mem[4'h2] = 32'hfffdc24d;
    mem[4'h3] = 32'hfffeb18a;
    mem[4'h4] = 32'hffff35b0;
    mem[4'h5] = 32'hffff8980;
    mem[4'h6] = 32'hffffc365;
    mem[4'h7] = 32'hffffedca;
    mem[4'h8] = 32'hff1;
    mem[4'h9] = 32'h3994;
    mem[4'ha] = 32'h7246;
    mem[4'hb] = 32'hc3ff;
    mem[4'hc] = 32'h14403;
    mem[4'hd] = 32'h22936;
    mem[4'he] = 32'h43a07;
    mem[4'hf] = 32'he1c72;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$encoder$tables$step3


module qins_alu$encoder$tables$step4(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [2:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [2:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[7:0];
    
    initial begin
    mem[3'b0] = 32'hfff8bbbc;
    mem[3'b1] = 32'hfffe4e13;
    mem[3'b10] = 32'hffff63cf;
    mem[3'b11] = 32'hffffda1d;
    mem[3'b100] = 32'h2347;
    mem[3'b101] = 32'h9713;
    mem[3'b110] = 32'h1a3b4;
    mem[3'b111] = 32'h6c3c4;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$encoder$tables$step4


module qins_alu$encoder$tables$step5(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [1:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [1:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[3:0];
    
    initial begin
    mem[2'b0] = 32'hfffcef7c;
    mem[2'b1] = 32'hffffa8df;
    mem[2'b10] = 32'h5393;
    mem[2'b11] = 32'h2f07d;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$encoder$tables$step5


module qins_alu$encoder$tables$step6(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[1:0];
    
    initial begin
    mem[1'b0] = 32'hfffefbf0;
    mem[1'b1] = 32'hfc10;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$encoder$tables$step6


module qins_alu$encoder$tables$step7(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'hfffffefe;
    
    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    qins_alu$encoder$tables$step7$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // qins_alu$encoder$tables$step7


module qins_alu$encoder$tables$step7$dff(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$tables$step7$dff


module qins_alu$encoder$threshold_held$0(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$threshold_held$0


module qins_alu$encoder$threshold_held$1(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$threshold_held$1


module qins_alu$encoder$threshold_held$2(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$threshold_held$2


module qins_alu$encoder$threshold_held$3(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$threshold_held$3


module qins_alu$encoder$threshold_held$4(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$threshold_held$4


module qins_alu$encoder$threshold_held$5(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$threshold_held$5


module qins_alu$encoder$threshold_held$6(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$threshold_held$6


module qins_alu$encoder$valid$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$0


module qins_alu$encoder$valid$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$1


module qins_alu$encoder$valid$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$10


module qins_alu$encoder$valid$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$11


module qins_alu$encoder$valid$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$12


module qins_alu$encoder$valid$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$13


module qins_alu$encoder$valid$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$14


module qins_alu$encoder$valid$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$15


module qins_alu$encoder$valid$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$16


module qins_alu$encoder$valid$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$2


module qins_alu$encoder$valid$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$3


module qins_alu$encoder$valid$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$4


module qins_alu$encoder$valid$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$5


module qins_alu$encoder$valid$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$6


module qins_alu$encoder$valid$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$7


module qins_alu$encoder$valid$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$8


module qins_alu$encoder$valid$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$valid$9


module qins_alu$encoder$value$0(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$0


module qins_alu$encoder$value$1(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$1


module qins_alu$encoder$value$10(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$10


module qins_alu$encoder$value$11(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$11


module qins_alu$encoder$value$12(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$12


module qins_alu$encoder$value$13(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$13


module qins_alu$encoder$value$14(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$14


module qins_alu$encoder$value$15(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$15


module qins_alu$encoder$value$16(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$16


module qins_alu$encoder$value$2(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$2


module qins_alu$encoder$value$3(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$3


module qins_alu$encoder$value$4(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$4


module qins_alu$encoder$value$5(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$5


module qins_alu$encoder$value$6(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$6


module qins_alu$encoder$value$7(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$7


module qins_alu$encoder$value$8(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$8


module qins_alu$encoder$value$9(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$encoder$value$9


module qins_alu$illegal$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$0


module qins_alu$illegal$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$1


module qins_alu$illegal$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$10


module qins_alu$illegal$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$11


module qins_alu$illegal$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$12


module qins_alu$illegal$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$13


module qins_alu$illegal$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$14


module qins_alu$illegal$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$15


module qins_alu$illegal$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$16


module qins_alu$illegal$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$17


module qins_alu$illegal$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$2


module qins_alu$illegal$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$3


module qins_alu$illegal$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$4


module qins_alu$illegal$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$5


module qins_alu$illegal$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$6


module qins_alu$illegal$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$7


module qins_alu$illegal$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$8


module qins_alu$illegal$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$illegal$9


module qins_alu$lookup(clock,read_code,read_value,write$enable,write$index,write$value);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] read_code;
    output reg  [7:0] read_value;
    input wire  write$enable;
    input wire  [7:0] write$index;
    input wire  [7:0] write$value;
    
    // Stub signals
    reg  [7:0] memory$read_address;
    reg  memory$read_clock;
    wire  [7:0] memory$read_data;
    reg  [7:0] memory$write_address;
    reg  memory$write_clock;
    reg  [7:0] memory$write_data;
    reg  memory$write_enable;
    
    // Sub module instances
    qins_alu$lookup$memory memory(
        .read_address(memory$read_address),
        .read_clock(memory$read_clock),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_clock(memory$write_clock),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    
    // Update code
    always @(*) begin
        memory$read_clock = clock;
        memory$write_clock = clock;
        memory$read_address = read_code;
        read_value = memory$read_data;
        memory$write_address = write$index;
        memory$write_data = write$value;
        memory$write_enable = write$enable;
    end
    
endmodule // qins_alu$lookup


module qins_alu$lookup$memory(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[255:0];
    
    initial begin
    mem[8'h0] = 8'h0;
    mem[8'h1] = 8'h1;
    mem[8'h2] = 8'h2;
    mem[8'h3] = 8'h3;
    mem[8'h4] = 8'h4;
    mem[8'h5] = 8'h5;
    mem[8'h6] = 8'h6;
    mem[8'h7] = 8'h7;
    mem[8'h8] = 8'h8;
    mem[8'h9] = 8'h9;
    mem[8'ha] = 8'ha;
    mem[8'hb] = 8'hb;
    mem[8'hc] = 8'hc;
    mem[8'hd] = 8'hd;
    mem[8'he] = 8'he;
    mem[8'hf] = 8'hf;
    mem[8'h10] = 8'h10;
    mem[8'h11] = 8'h11;
    mem[8'h12] = 8'h12;
    mem[8'h13] = 8'h13;
    mem[8'h14] = 8'h14;
    mem[8'h15] = 8'h15;
    mem[8'h16] = 8'h16;
    mem[8'h17] = 8'h17;
    mem[8'h18] = 8'h18;
    mem[8'h19] = 8'h19;
    mem[8'h1a] = 8'h1a;
    mem[8'h1b] = 8'h1b;
    mem[8'h1c] = 8'h1c;
    mem[8'h1d] = 8'h1d;
    mem[8'h1e] = 8'h1e;
    mem[8'h1f] = 8'h1f;
    mem[8'h20] = 8'h20;
    mem[8'h21] = 8'h21;
    mem[8'h22] = 8'h22;
    mem[8'h23] = 8'h23;
    mem[8'h24] = 8'h24;
    mem[8'h25] = 8'h25;
    mem[8'h26] = 8'h26;
    mem[8'h27] = 8'h27;
    mem[8'h28] = 8'h28;
    mem[8'h29] = 8'h29;
    mem[8'h2a] = 8'h2a;
    mem[8'h2b] = 8'h2b;
    mem[8'h2c] = 8'h2c;
    mem[8'h2d] = 8'h2d;
    mem[8'h2e] = 8'h2e;
    mem[8'h2f] = 8'h2f;
    mem[8'h30] = 8'h30;
    mem[8'h31] = 8'h31;
    mem[8'h32] = 8'h32;
    mem[8'h33] = 8'h33;
    mem[8'h34] = 8'h34;
    mem[8'h35] = 8'h35;
    mem[8'h36] = 8'h36;
    mem[8'h37] = 8'h37;
    mem[8'h38] = 8'h38;
    mem[8'h39] = 8'h39;
    mem[8'h3a] = 8'h3a;
    mem[8'h3b] = 8'h3b;
    mem[8'h3c] = 8'h3c;
    mem[8'h3d] = 8'h3d;
    mem[8'h3e] = 8'h3e;
    mem[8'h3f] = 8'h3f;
    mem[8'h40] = 8'h40;
    mem[8'h41] = 8'h41;
    mem[8'h42] = 8'h42;
    mem[8'h43] = 8'h43;
    mem[8'h44] = 8'h44;
    mem[8'h45] = 8'h45;
    mem[8'h46] = 8'h46;
    mem[8'h47] = 8'h47;
    mem[8'h48] = 8'h48;
    mem[8'h49] = 8'h49;
    mem[8'h4a] = 8'h4a;
    mem[8'h4b] = 8'h4b;
    mem[8'h4c] = 8'h4c;
    mem[8'h4d] = 8'h4d;
    mem[8'h4e] = 8'h4e;
    mem[8'h4f] = 8'h4f;
    mem[8'h50] = 8'h50;
    mem[8'h51] = 8'h51;
    mem[8'h52] = 8'h52;
    mem[8'h53] = 8'h53;
    mem[8'h54] = 8'h54;
    mem[8'h55] = 8'h55;
    mem[8'h56] = 8'h56;
    mem[8'h57] = 8'h57;
    mem[8'h58] = 8'h58;
    mem[8'h59] = 8'h59;
    mem[8'h5a] = 8'h5a;
    mem[8'h5b] = 8'h5b;
    mem[8'h5c] = 8'h5c;
    mem[8'h5d] = 8'h5d;
    mem[8'h5e] = 8'h5e;
    mem[8'h5f] = 8'h5f;
    mem[8'h60] = 8'h60;
    mem[8'h61] = 8'h61;
    mem[8'h62] = 8'h62;
    mem[8'h63] = 8'h63;
    mem[8'h64] = 8'h64;
    mem[8'h65] = 8'h65;
    mem[8'h66] = 8'h66;
    mem[8'h67] = 8'h67;
    mem[8'h68] = 8'h68;
    mem[8'h69] = 8'h69;
    mem[8'h6a] = 8'h6a;
    mem[8'h6b] = 8'h6b;
    mem[8'h6c] = 8'h6c;
    mem[8'h6d] = 8'h6d;
    mem[8'h6e] = 8'h6e;
    mem[8'h6f] = 8'h6f;
    mem[8'h70] = 8'h70;
    mem[8'h71] = 8'h71;
    mem[8'h72] = 8'h72;
    mem[8'h73] = 8'h73;
    mem[8'h74] = 8'h74;
    mem[8'h75] = 8'h75;
    mem[8'h76] = 8'h76;
    mem[8'h77] = 8'h77;
    mem[8'h78] = 8'h78;
    mem[8'h79] = 8'h79;
    mem[8'h7a] = 8'h7a;
    mem[8'h7b] = 8'h7b;
    mem[8'h7c] = 8'h7c;
    mem[8'h7d] = 8'h7d;
    mem[8'h7e] = 8'h7e;
    mem[8'h7f] = 8'h7f;
    mem[8'h80] = 8'h80;
    mem[8'h81] = 8'h81;
    mem[8'h82] = 8'h82;
    mem[8'h83] = 8'h83;
    mem[8'h84] = 8'h84;
    mem[8'h85] = 8'h85;
    mem[8'h86] = 8'h86;
    mem[8'h87] = 8'h87;
    mem[8'h88] = 8'h88;
    mem[8'h89] = 8'h89;
    mem[8'h8a] = 8'h8a;
    mem[8'h8b] = 8'h8b;
    mem[8'h8c] = 8'h8c;
    mem[8'h8d] = 8'h8d;
    mem[8'h8e] = 8'h8e;
    mem[8'h8f] = 8'h8f;
    mem[8'h90] = 8'h90;
    mem[8'h91] = 8'h91;
    mem[8'h92] = 8'h92;
    mem[8'h93] = 8'h93;
    mem[8'h94] = 8'h94;
    mem[8'h95] = 8'h95;
    mem[8'h96] = 8'h96;
    mem[8'h97] = 8'h97;
    mem[8'h98] = 8'h98;
    mem[8'h99] = 8'h99;
    mem[8'h9a] = 8'h9a;
    mem[8'h9b] = 8'h9b;
    mem[8'h9c] = 8'h9c;
    mem[8'h9d] = 8'h9d;
    mem[8'h9e] = 8'h9e;
    mem[8'h9f] = 8'h9f;
    mem[8'ha0] = 8'ha0;
    mem[8'ha1] = 8'ha1;
    mem[8'ha2] = 8'ha2;
    mem[8'ha3] = 8'ha3;
    mem[8'ha4] = 8'ha4;
    mem[8'ha5] = 8'ha5;
    mem[8'ha6] = 8'ha6;
    mem[8'ha7] = 8'ha7;
    mem[8'ha8] = 8'ha8;
    mem[8'ha9] = 8'ha9;
    mem[8'haa] = 8'haa;
    mem[8'hab] = 8'hab;
    mem[8'hac] = 8'hac;
    mem[8'had] = 8'had;
    mem[8'hae] = 8'hae;
    mem[8'haf] = 8'haf;
    mem[8'hb0] = 8'hb0;
    mem[8'hb1] = 8'hb1;
    mem[8'hb2] = 8'hb2;
    mem[8'hb3] = 8'hb3;
    mem[8'hb4] = 8'hb4;
    mem[8'hb5] = 8'hb5;
    mem[8'hb6] = 8'hb6;
    mem[8'hb7] = 8'hb7;
    mem[8'hb8] = 8'hb8;
    mem[8'hb9] = 8'hb9;
    mem[8'hba] = 8'hba;
    mem[8'hbb] = 8'hbb;
    mem[8'hbc] = 8'hbc;
    mem[8'hbd] = 8'hbd;
    mem[8'hbe] = 8'hbe;
    mem[8'hbf] = 8'hbf;
    mem[8'hc0] = 8'hc0;
    mem[8'hc1] = 8'hc1;
    mem[8'hc2] = 8'hc2;
    mem[8'hc3] = 8'hc3;
    mem[8'hc4] = 8'hc4;
    mem[8'hc5] = 8'hc5;
    mem[8'hc6] = 8'hc6;
    mem[8'hc7] = 8'hc7;
    mem[8'hc8] = 8'hc8;
    mem[8'hc9] = 8'hc9;
    mem[8'hca] = 8'hca;
    mem[8'hcb] = 8'hcb;
    mem[8'hcc] = 8'hcc;
    mem[8'hcd] = 8'hcd;
    mem[8'hce] = 8'hce;
    mem[8'hcf] = 8'hcf;
    mem[8'hd0] = 8'hd0;
    mem[8'hd1] = 8'hd1;
    mem[8'hd2] = 8'hd2;
    mem[8'hd3] = 8'hd3;
    mem[8'hd4] = 8'hd4;
    mem[8'hd5] = 8'hd5;
    mem[8'hd6] = 8'hd6;
    mem[8'hd7] = 8'hd7;
    mem[8'hd8] = 8'hd8;
    mem[8'hd9] = 8'hd9;
    mem[8'hda] = 8'hda;
    mem[8'hdb] = 8'hdb;
    mem[8'hdc] = 8'hdc;
    mem[8'hdd] = 8'hdd;
    mem[8'hde] = 8'hde;
    mem[8'hdf] = 8'hdf;
    mem[8'he0] = 8'he0;
    mem[8'he1] = 8'he1;
    mem[8'he2] = 8'he2;
    mem[8'he3] = 8'he3;
    mem[8'he4] = 8'he4;
    mem[8'he5] = 8'he5;
    mem[8'he6] = 8'he6;
    mem[8'he7] = 8'he7;
    mem[8'he8] = 8'he8;
    mem[8'he9] = 8'he9;
    mem[8'hea] = 8'hea;
    mem[8'heb] = 8'heb;
    mem[8'hec] = 8'hec;
    mem[8'hed] = 8'hed;
    mem[8'hee] = 8'hee;
    mem[8'hef] = 8'hef;
    mem[8'hf0] = 8'hf0;
    mem[8'hf1] = 8'hf1;
    mem[8'hf2] = 8'hf2;
    mem[8'hf3] = 8'hf3;
    mem[8'hf4] = 8'hf4;
    mem[8'hf5] = 8'hf5;
    mem[8'hf6] = 8'hf6;
    mem[8'hf7] = 8'hf7;
    mem[8'hf8] = 8'hf8;
    mem[8'hf9] = 8'hf9;
    mem[8'hfa] = 8'hfa;
    mem[8'hfb] = 8'hfb;
    mem[8'hfc] = 8'hfc;
    mem[8'hfd] = 8'hfd;
    mem[8'hfe] = 8'hfe;
    mem[8'hff] = 8'h7f;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_alu$lookup$memory


module qins_alu$m$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$m$0


module qins_alu$m$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$m$1


module qins_alu$m$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$m$2


module qins_alu$m$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$m$3


module qins_alu$m$4(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$m$4


module qins_alu$m$5(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$m$5


module qins_alu$neg$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$0


module qins_alu$neg$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$1


module qins_alu$neg$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$10


module qins_alu$neg$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$11


module qins_alu$neg$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$12


module qins_alu$neg$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$13


module qins_alu$neg$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$2


module qins_alu$neg$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$3


module qins_alu$neg$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$4


module qins_alu$neg$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$5


module qins_alu$neg$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$6


module qins_alu$neg$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$7


module qins_alu$neg$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$8


module qins_alu$neg$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$neg$9


module qins_alu$res$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$0


module qins_alu$res$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$1


module qins_alu$res$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$10


module qins_alu$res$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$11


module qins_alu$res$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$12


module qins_alu$res$13(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$13


module qins_alu$res$14(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$14


module qins_alu$res$15(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$15


module qins_alu$res$16(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$16


module qins_alu$res$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$2


module qins_alu$res$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$3


module qins_alu$res$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$4


module qins_alu$res$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$5


module qins_alu$res$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$6


module qins_alu$res$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$7


module qins_alu$res$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$8


module qins_alu$res$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$res$9


module qins_alu$s1_code_a(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$s1_code_a


module qins_alu$s1_code_b(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$s1_code_b


module qins_alu$s1_d(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$s1_d


module qins_alu$s1_op(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$s1_op


module qins_alu$s1_x(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$s1_x


module qins_alu$s1_y(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$s1_y


module qins_alu$s2_lookup(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$s2_lookup


module qins_alu$search$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$0


module qins_alu$search$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$1


module qins_alu$search$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$10


module qins_alu$search$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$11


module qins_alu$search$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$12


module qins_alu$search$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$13


module qins_alu$search$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$14


module qins_alu$search$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$2


module qins_alu$search$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$3


module qins_alu$search$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$4


module qins_alu$search$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$5


module qins_alu$search$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$6


module qins_alu$search$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$7


module qins_alu$search$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$8


module qins_alu$search$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$search$9


module qins_alu$sext$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$0


module qins_alu$sext$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$1


module qins_alu$sext$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$10


module qins_alu$sext$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$11


module qins_alu$sext$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$12


module qins_alu$sext$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$13


module qins_alu$sext$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$14


module qins_alu$sext$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$15


module qins_alu$sext$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$16


module qins_alu$sext$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$17


module qins_alu$sext$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$2


module qins_alu$sext$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$3


module qins_alu$sext$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$4


module qins_alu$sext$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$5


module qins_alu$sext$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$6


module qins_alu$sext$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$7


module qins_alu$sext$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$8


module qins_alu$sext$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$sext$9


module qins_alu$steps$0(clock,abs_num,den,m_in,m_out);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] abs_num;
    input wire  [15:0] den;
    input wire  [7:0] m_in;
    output reg  [7:0] m_out;
    
    // Constant declarations
    localparam  address_offset = 3'b111;
    localparam  step_bit = 8'h40;
    
    // Stub signals
    reg  [5:0] mid_num$address;
    wire  [15:0] mid_num$data;
    reg  [5:0] mid_den$address;
    wire  [15:0] mid_den$data;
    reg  [31:0] lhs$d;
    wire  [31:0] lhs$q;
    reg  lhs$clock;
    reg  [31:0] rhs$d;
    wire  [31:0] rhs$q;
    reg  rhs$clock;
    reg  [7:0] m_held$d;
    wire  [7:0] m_held$q;
    reg  m_held$clock;
    
    // Local signals
    reg  [7:0] address;
    
    // Sub module instances
    qins_alu$steps$0$mid_num mid_num(
        .address(mid_num$address),
        .data(mid_num$data)
    );
    qins_alu$steps$0$mid_den mid_den(
        .address(mid_den$address),
        .data(mid_den$data)
    );
    qins_alu$steps$0$lhs lhs(
        .d(lhs$d),
        .q(lhs$q),
        .clock(lhs$clock)
    );
    qins_alu$steps$0$rhs rhs(
        .d(rhs$d),
        .q(rhs$q),
        .clock(rhs$clock)
    );
    qins_alu$steps$0$m_held m_held(
        .d(m_held$d),
        .q(m_held$q),
        .clock(m_held$clock)
    );
    
    // Update code
    always @(*) begin
        lhs$clock = clock;
        rhs$clock = clock;
        m_held$clock = clock;
        lhs$d = lhs$q;
        rhs$d = rhs$q;
        m_held$d = m_held$q;
        address = m_in >> address_offset;
        mid_num$address = address[(32'h0)+:(6)];
        mid_den$address = address[(32'h0)+:(6)];
        lhs$d = mid_num$data * den;
        rhs$d = abs_num * mid_den$data;
        m_held$d = m_in;
        m_out = m_held$q;
        if (lhs$q > rhs$q) begin
            m_out = m_held$q | step_bit;
        end
    end
    
endmodule // qins_alu$steps$0


module qins_alu$steps$0$lhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$0$lhs


module qins_alu$steps$0$m_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$0$m_held


module qins_alu$steps$0$mid_den(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h2080;
      6'b1: data = 16'h0;
      6'b10: data = 16'h0;
      6'b11: data = 16'h0;
      6'b100: data = 16'h0;
      6'b101: data = 16'h0;
      6'b110: data = 16'h0;
      6'b111: data = 16'h0;
      6'b1000: data = 16'h0;
      6'b1001: data = 16'h0;
      6'b1010: data = 16'h0;
      6'b1011: data = 16'h0;
      6'b1100: data = 16'h0;
      6'b1101: data = 16'h0;
      6'b1110: data = 16'h0;
      6'b1111: data = 16'h0;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$0$mid_den


module qins_alu$steps$0$mid_num(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h2000;
      6'b1: data = 16'h0;
      6'b10: data = 16'h0;
      6'b11: data = 16'h0;
      6'b100: data = 16'h0;
      6'b101: data = 16'h0;
      6'b110: data = 16'h0;
      6'b111: data = 16'h0;
      6'b1000: data = 16'h0;
      6'b1001: data = 16'h0;
      6'b1010: data = 16'h0;
      6'b1011: data = 16'h0;
      6'b1100: data = 16'h0;
      6'b1101: data = 16'h0;
      6'b1110: data = 16'h0;
      6'b1111: data = 16'h0;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$0$mid_num


module qins_alu$steps$0$rhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$0$rhs


module qins_alu$steps$1(clock,abs_num,den,m_in,m_out);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] abs_num;
    input wire  [15:0] den;
    input wire  [7:0] m_in;
    output reg  [7:0] m_out;
    
    // Constant declarations
    localparam  address_offset = 3'b110;
    localparam  step_bit = 8'h20;
    
    // Stub signals
    reg  [5:0] mid_num$address;
    wire  [15:0] mid_num$data;
    reg  [5:0] mid_den$address;
    wire  [15:0] mid_den$data;
    reg  [31:0] lhs$d;
    wire  [31:0] lhs$q;
    reg  lhs$clock;
    reg  [31:0] rhs$d;
    wire  [31:0] rhs$q;
    reg  rhs$clock;
    reg  [7:0] m_held$d;
    wire  [7:0] m_held$q;
    reg  m_held$clock;
    
    // Local signals
    reg  [7:0] address;
    
    // Sub module instances
    qins_alu$steps$1$mid_num mid_num(
        .address(mid_num$address),
        .data(mid_num$data)
    );
    qins_alu$steps$1$mid_den mid_den(
        .address(mid_den$address),
        .data(mid_den$data)
    );
    qins_alu$steps$1$lhs lhs(
        .d(lhs$d),
        .q(lhs$q),
        .clock(lhs$clock)
    );
    qins_alu$steps$1$rhs rhs(
        .d(rhs$d),
        .q(rhs$q),
        .clock(rhs$clock)
    );
    qins_alu$steps$1$m_held m_held(
        .d(m_held$d),
        .q(m_held$q),
        .clock(m_held$clock)
    );
    
    // Update code
    always @(*) begin
        lhs$clock = clock;
        rhs$clock = clock;
        m_held$clock = clock;
        lhs$d = lhs$q;
        rhs$d = rhs$q;
        m_held$d = m_held$q;
        address = m_in >> address_offset;
        mid_num$address = address[(32'h0)+:(6)];
        mid_den$address = address[(32'h0)+:(6)];
        lhs$d = mid_num$data * den;
        rhs$d = abs_num * mid_den$data;
        m_held$d = m_in;
        m_out = m_held$q;
        if (lhs$q > rhs$q) begin
            m_out = m_held$q | step_bit;
        end
    end
    
endmodule // qins_alu$steps$1


module qins_alu$steps$1$lhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$1$lhs


module qins_alu$steps$1$m_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$1$m_held


module qins_alu$steps$1$mid_den(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h840;
      6'b1: data = 16'h48c0;
      6'b10: data = 16'h0;
      6'b11: data = 16'h0;
      6'b100: data = 16'h0;
      6'b101: data = 16'h0;
      6'b110: data = 16'h0;
      6'b111: data = 16'h0;
      6'b1000: data = 16'h0;
      6'b1001: data = 16'h0;
      6'b1010: data = 16'h0;
      6'b1011: data = 16'h0;
      6'b1100: data = 16'h0;
      6'b1101: data = 16'h0;
      6'b1110: data = 16'h0;
      6'b1111: data = 16'h0;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$1$mid_den


module qins_alu$steps$1$mid_num(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h1840;
      6'b1: data = 16'h17c0;
      6'b10: data = 16'h0;
      6'b11: data = 16'h0;
      6'b100: data = 16'h0;
      6'b101: data = 16'h0;
      6'b110: data = 16'h0;
      6'b111: data = 16'h0;
      6'b1000: data = 16'h0;
      6'b1001: data = 16'h0;
      6'b1010: data = 16'h0;
      6'b1011: data = 16'h0;
      6'b1100: data = 16'h0;
      6'b1101: data = 16'h0;
      6'b1110: data = 16'h0;
      6'b1111: data = 16'h0;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$1$mid_num


module qins_alu$steps$1$rhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$1$rhs


module qins_alu$steps$2(clock,abs_num,den,m_in,m_out);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] abs_num;
    input wire  [15:0] den;
    input wire  [7:0] m_in;
    output reg  [7:0] m_out;
    
    // Constant declarations
    localparam  address_offset = 3'b101;
    localparam  step_bit = 8'h10;
    
    // Stub signals
    reg  [5:0] mid_num$address;
    wire  [15:0] mid_num$data;
    reg  [5:0] mid_den$address;
    wire  [15:0] mid_den$data;
    reg  [31:0] lhs$d;
    wire  [31:0] lhs$q;
    reg  lhs$clock;
    reg  [31:0] rhs$d;
    wire  [31:0] rhs$q;
    reg  rhs$clock;
    reg  [7:0] m_held$d;
    wire  [7:0] m_held$q;
    reg  m_held$clock;
    
    // Local signals
    reg  [7:0] address;
    
    // Sub module instances
    qins_alu$steps$2$mid_num mid_num(
        .address(mid_num$address),
        .data(mid_num$data)
    );
    qins_alu$steps$2$mid_den mid_den(
        .address(mid_den$address),
        .data(mid_den$data)
    );
    qins_alu$steps$2$lhs lhs(
        .d(lhs$d),
        .q(lhs$q),
        .clock(lhs$clock)
    );
    qins_alu$steps$2$rhs rhs(
        .d(rhs$d),
        .q(rhs$q),
        .clock(rhs$clock)
    );
    qins_alu$steps$2$m_held m_held(
        .d(m_held$d),
        .q(m_held$q),
        .clock(m_held$clock)
    );
    
    // Update code
    always @(*) begin
        lhs$clock = clock;
        rhs$clock = clock;
        m_held$clock = clock;
        lhs$d = lhs$q;
        rhs$d = rhs$q;
        m_held$d = m_held$q;
        address = m_in >> address_offset;
        mid_num$address = address[(32'h0)+:(6)];
        mid_den$address = address[(32'h0)+:(6)];
        lhs$d = mid_num$data * den;
        rhs$d = abs_num * mid_den$data;
        m_held$d = m_in;
        m_out = m_held$q;
        if (lhs$q > rhs$q) begin
            m_out = m_held$q | step_bit;
        end
    end
    
endmodule // qins_alu$steps$2


module qins_alu$steps$2$lhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$2$lhs


module qins_alu$steps$2$m_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$2$m_held


module qins_alu$steps$2$mid_den(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h220;
      6'b1: data = 16'h1260;
      6'b10: data = 16'h32a0;
      6'b11: data = 16'h62e0;
      6'b100: data = 16'h0;
      6'b101: data = 16'h0;
      6'b110: data = 16'h0;
      6'b111: data = 16'h0;
      6'b1000: data = 16'h0;
      6'b1001: data = 16'h0;
      6'b1010: data = 16'h0;
      6'b1011: data = 16'h0;
      6'b1100: data = 16'h0;
      6'b1101: data = 16'h0;
      6'b1110: data = 16'h0;
      6'b1111: data = 16'h0;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$2$mid_den


module qins_alu$steps$2$mid_num(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'he60;
      6'b1: data = 16'h1e20;
      6'b10: data = 16'h1de0;
      6'b11: data = 16'hda0;
      6'b100: data = 16'h0;
      6'b101: data = 16'h0;
      6'b110: data = 16'h0;
      6'b111: data = 16'h0;
      6'b1000: data = 16'h0;
      6'b1001: data = 16'h0;
      6'b1010: data = 16'h0;
      6'b1011: data = 16'h0;
      6'b1100: data = 16'h0;
      6'b1101: data = 16'h0;
      6'b1110: data = 16'h0;
      6'b1111: data = 16'h0;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$2$mid_num


module qins_alu$steps$2$rhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$2$rhs


module qins_alu$steps$3(clock,abs_num,den,m_in,m_out);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] abs_num;
    input wire  [15:0] den;
    input wire  [7:0] m_in;
    output reg  [7:0] m_out;
    
    // Constant declarations
    localparam  address_offset = 3'b100;
    localparam  step_bit = 8'h8;
    
    // Stub signals
    reg  [5:0] mid_num$address;
    wire  [15:0] mid_num$data;
    reg  [5:0] mid_den$address;
    wire  [15:0] mid_den$data;
    reg  [31:0] lhs$d;
    wire  [31:0] lhs$q;
    reg  lhs$clock;
    reg  [31:0] rhs$d;
    wire  [31:0] rhs$q;
    reg  rhs$clock;
    reg  [7:0] m_held$d;
    wire  [7:0] m_held$q;
    reg  m_held$clock;
    
    // Local signals
    reg  [7:0] address;
    
    // Sub module instances
    qins_alu$steps$3$mid_num mid_num(
        .address(mid_num$address),
        .data(mid_num$data)
    );
    qins_alu$steps$3$mid_den mid_den(
        .address(mid_den$address),
        .data(mid_den$data)
    );
    qins_alu$steps$3$lhs lhs(
        .d(lhs$d),
        .q(lhs$q),
        .clock(lhs$clock)
    );
    qins_alu$steps$3$rhs rhs(
        .d(rhs$d),
        .q(rhs$q),
        .clock(rhs$clock)
    );
    qins_alu$steps$3$m_held m_held(
        .d(m_held$d),
        .q(m_held$q),
        .clock(m_held$clock)
    );
    
    // Update code
    always @(*) begin
        lhs$clock = clock;
        rhs$clock = clock;
        m_held$clock = clock;
        lhs$d = lhs$q;
        rhs$d = rhs$q;
        m_held$d = m_held$q;
        address = m_in >> address_offset;
        mid_num$address = address[(32'h0)+:(6)];
        mid_den$address = address[(32'h0)+:(6)];
        lhs$d = mid_num$data * den;
        rhs$d = abs_num * mid_den$data;
        m_held$d = m_in;
        m_out = m_held$q;
        if (lhs$q > rhs$q) begin
            m_out = m_held$q | step_bit;
        end
    end
    
endmodule // qins_alu$steps$3


module qins_alu$steps$3$lhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$3$lhs


module qins_alu$steps$3$m_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$3$m_held


module qins_alu$steps$3$mid_den(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h90;
      6'b1: data = 16'h4b0;
      6'b10: data = 16'hcd0;
      6'b11: data = 16'h18f0;
      6'b100: data = 16'h2910;
      6'b101: data = 16'h3d30;
      6'b110: data = 16'h5550;
      6'b111: data = 16'h7170;
      6'b1000: data = 16'h0;
      6'b1001: data = 16'h0;
      6'b1010: data = 16'h0;
      6'b1011: data = 16'h0;
      6'b1100: data = 16'h0;
      6'b1101: data = 16'h0;
      6'b1110: data = 16'h0;
      6'b1111: data = 16'h0;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$3$mid_den


module qins_alu$steps$3$mid_num(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h7f0;
      6'b1: data = 16'h13d0;
      6'b10: data = 16'h1bb0;
      6'b11: data = 16'h1f90;
      6'b100: data = 16'h1f70;
      6'b101: data = 16'h1b50;
      6'b110: data = 16'h1330;
      6'b111: data = 16'h710;
      6'b1000: data = 16'h0;
      6'b1001: data = 16'h0;
      6'b1010: data = 16'h0;
      6'b1011: data = 16'h0;
      6'b1100: data = 16'h0;
      6'b1101: data = 16'h0;
      6'b1110: data = 16'h0;
      6'b1111: data = 16'h0;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$3$mid_num


module qins_alu$steps$3$rhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$3$rhs


module qins_alu$steps$4(clock,abs_num,den,m_in,m_out);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] abs_num;
    input wire  [15:0] den;
    input wire  [7:0] m_in;
    output reg  [7:0] m_out;
    
    // Constant declarations
    localparam  address_offset = 3'b11;
    localparam  step_bit = 8'h4;
    
    // Stub signals
    reg  [5:0] mid_num$address;
    wire  [15:0] mid_num$data;
    reg  [5:0] mid_den$address;
    wire  [15:0] mid_den$data;
    reg  [31:0] lhs$d;
    wire  [31:0] lhs$q;
    reg  lhs$clock;
    reg  [31:0] rhs$d;
    wire  [31:0] rhs$q;
    reg  rhs$clock;
    reg  [7:0] m_held$d;
    wire  [7:0] m_held$q;
    reg  m_held$clock;
    
    // Local signals
    reg  [7:0] address;
    
    // Sub module instances
    qins_alu$steps$4$mid_num mid_num(
        .address(mid_num$address),
        .data(mid_num$data)
    );
    qins_alu$steps$4$mid_den mid_den(
        .address(mid_den$address),
        .data(mid_den$data)
    );
    qins_alu$steps$4$lhs lhs(
        .d(lhs$d),
        .q(lhs$q),
        .clock(lhs$clock)
    );
    qins_alu$steps$4$rhs rhs(
        .d(rhs$d),
        .q(rhs$q),
        .clock(rhs$clock)
    );
    qins_alu$steps$4$m_held m_held(
        .d(m_held$d),
        .q(m_held$q),
        .clock(m_held$clock)
    );
    
    // Update code
    always @(*) begin
        lhs$clock = clock;
        rhs$clock = clock;
        m_held$clock = clock;
        lhs$d = lhs$q;
        rhs$d = rhs$q;
        m_held$d = m_held$q;
        address = m_in >> address_offset;
        mid_num$address = address[(32'h0)+:(6)];
        mid_den$address = address[(32'h0)+:(6)];
        lhs$d = mid_num$data * den;
        rhs$d = abs_num * mid_den$data;
        m_held$d = m_in;
        m_out = m_held$q;
        if (lhs$q > rhs$q) begin
            m_out = m_held$q | step_bit;
        end
    end
    
endmodule // qins_alu$steps$4


module qins_alu$steps$4$lhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$4$lhs


module qins_alu$steps$4$m_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$4$m_held


module qins_alu$steps$4$mid_den(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h28;
      6'b1: data = 16'h138;
      6'b10: data = 16'h348;
      6'b11: data = 16'h658;
      6'b100: data = 16'ha68;
      6'b101: data = 16'hf78;
      6'b110: data = 16'h1588;
      6'b111: data = 16'h1c98;
      6'b1000: data = 16'h24a8;
      6'b1001: data = 16'h2db8;
      6'b1010: data = 16'h37c8;
      6'b1011: data = 16'h42d8;
      6'b1100: data = 16'h4ee8;
      6'b1101: data = 16'h5bf8;
      6'b1110: data = 16'h6a08;
      6'b1111: data = 16'h7918;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$4$mid_den


module qins_alu$steps$4$mid_num(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h458;
      6'b1: data = 16'hb48;
      6'b10: data = 16'h1138;
      6'b11: data = 16'h1628;
      6'b100: data = 16'h1a18;
      6'b101: data = 16'h1d08;
      6'b110: data = 16'h1ef8;
      6'b111: data = 16'h1fe8;
      6'b1000: data = 16'h1fd8;
      6'b1001: data = 16'h1ec8;
      6'b1010: data = 16'h1cb8;
      6'b1011: data = 16'h19a8;
      6'b1100: data = 16'h1598;
      6'b1101: data = 16'h1088;
      6'b1110: data = 16'ha78;
      6'b1111: data = 16'h368;
      6'b10000: data = 16'h0;
      6'b10001: data = 16'h0;
      6'b10010: data = 16'h0;
      6'b10011: data = 16'h0;
      6'b10100: data = 16'h0;
      6'b10101: data = 16'h0;
      6'b10110: data = 16'h0;
      6'b10111: data = 16'h0;
      6'b11000: data = 16'h0;
      6'b11001: data = 16'h0;
      6'b11010: data = 16'h0;
      6'b11011: data = 16'h0;
      6'b11100: data = 16'h0;
      6'b11101: data = 16'h0;
      6'b11110: data = 16'h0;
      6'b11111: data = 16'h0;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$4$mid_num


module qins_alu$steps$4$rhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$4$rhs


module qins_alu$steps$5(clock,abs_num,den,m_in,m_out);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] abs_num;
    input wire  [15:0] den;
    input wire  [7:0] m_in;
    output reg  [7:0] m_out;
    
    // Constant declarations
    localparam  address_offset = 3'b10;
    localparam  step_bit = 8'h2;
    
    // Stub signals
    reg  [5:0] mid_num$address;
    wire  [15:0] mid_num$data;
    reg  [5:0] mid_den$address;
    wire  [15:0] mid_den$data;
    reg  [31:0] lhs$d;
    wire  [31:0] lhs$q;
    reg  lhs$clock;
    reg  [31:0] rhs$d;
    wire  [31:0] rhs$q;
    reg  rhs$clock;
    reg  [7:0] m_held$d;
    wire  [7:0] m_held$q;
    reg  m_held$clock;
    
    // Local signals
    reg  [7:0] address;
    
    // Sub module instances
    qins_alu$steps$5$mid_num mid_num(
        .address(mid_num$address),
        .data(mid_num$data)
    );
    qins_alu$steps$5$mid_den mid_den(
        .address(mid_den$address),
        .data(mid_den$data)
    );
    qins_alu$steps$5$lhs lhs(
        .d(lhs$d),
        .q(lhs$q),
        .clock(lhs$clock)
    );
    qins_alu$steps$5$rhs rhs(
        .d(rhs$d),
        .q(rhs$q),
        .clock(rhs$clock)
    );
    qins_alu$steps$5$m_held m_held(
        .d(m_held$d),
        .q(m_held$q),
        .clock(m_held$clock)
    );
    
    // Update code
    always @(*) begin
        lhs$clock = clock;
        rhs$clock = clock;
        m_held$clock = clock;
        lhs$d = lhs$q;
        rhs$d = rhs$q;
        m_held$d = m_held$q;
        address = m_in >> address_offset;
        mid_num$address = address[(32'h0)+:(6)];
        mid_den$address = address[(32'h0)+:(6)];
        lhs$d = mid_num$data * den;
        rhs$d = abs_num * mid_den$data;
        m_held$d = m_in;
        m_out = m_held$q;
        if (lhs$q > rhs$q) begin
            m_out = m_held$q | step_bit;
        end
    end
    
endmodule // qins_alu$steps$5


module qins_alu$steps$5$lhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$5$lhs


module qins_alu$steps$5$m_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$5$m_held


module qins_alu$steps$5$mid_den(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'hc;
      6'b1: data = 16'h54;
      6'b10: data = 16'hdc;
      6'b11: data = 16'h1a4;
      6'b100: data = 16'h2ac;
      6'b101: data = 16'h3f4;
      6'b110: data = 16'h57c;
      6'b111: data = 16'h744;
      6'b1000: data = 16'h94c;
      6'b1001: data = 16'hb94;
      6'b1010: data = 16'he1c;
      6'b1011: data = 16'h10e4;
      6'b1100: data = 16'h13ec;
      6'b1101: data = 16'h1734;
      6'b1110: data = 16'h1abc;
      6'b1111: data = 16'h1e84;
      6'b10000: data = 16'h228c;
      6'b10001: data = 16'h26d4;
      6'b10010: data = 16'h2b5c;
      6'b10011: data = 16'h3024;
      6'b10100: data = 16'h352c;
      6'b10101: data = 16'h3a74;
      6'b10110: data = 16'h3ffc;
      6'b10111: data = 16'h45c4;
      6'b11000: data = 16'h4bcc;
      6'b11001: data = 16'h5214;
      6'b11010: data = 16'h589c;
      6'b11011: data = 16'h5f64;
      6'b11100: data = 16'h666c;
      6'b11101: data = 16'h6db4;
      6'b11110: data = 16'h753c;
      6'b11111: data = 16'h7d04;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$5$mid_den


module qins_alu$steps$5$mid_num(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h274;
      6'b1: data = 16'h62c;
      6'b10: data = 16'h9a4;
      6'b11: data = 16'hcdc;
      6'b100: data = 16'hfd4;
      6'b101: data = 16'h128c;
      6'b110: data = 16'h1504;
      6'b111: data = 16'h173c;
      6'b1000: data = 16'h1934;
      6'b1001: data = 16'h1aec;
      6'b1010: data = 16'h1c64;
      6'b1011: data = 16'h1d9c;
      6'b1100: data = 16'h1e94;
      6'b1101: data = 16'h1f4c;
      6'b1110: data = 16'h1fc4;
      6'b1111: data = 16'h1ffc;
      6'b10000: data = 16'h1ff4;
      6'b10001: data = 16'h1fac;
      6'b10010: data = 16'h1f24;
      6'b10011: data = 16'h1e5c;
      6'b10100: data = 16'h1d54;
      6'b10101: data = 16'h1c0c;
      6'b10110: data = 16'h1a84;
      6'b10111: data = 16'h18bc;
      6'b11000: data = 16'h16b4;
      6'b11001: data = 16'h146c;
      6'b11010: data = 16'h11e4;
      6'b11011: data = 16'hf1c;
      6'b11100: data = 16'hc14;
      6'b11101: data = 16'h8cc;
      6'b11110: data = 16'h544;
      6'b11111: data = 16'h17c;
      6'b100000: data = 16'h0;
      6'b100001: data = 16'h0;
      6'b100010: data = 16'h0;
      6'b100011: data = 16'h0;
      6'b100100: data = 16'h0;
      6'b100101: data = 16'h0;
      6'b100110: data = 16'h0;
      6'b100111: data = 16'h0;
      6'b101000: data = 16'h0;
      6'b101001: data = 16'h0;
      6'b101010: data = 16'h0;
      6'b101011: data = 16'h0;
      6'b101100: data = 16'h0;
      6'b101101: data = 16'h0;
      6'b101110: data = 16'h0;
      6'b101111: data = 16'h0;
      6'b110000: data = 16'h0;
      6'b110001: data = 16'h0;
      6'b110010: data = 16'h0;
      6'b110011: data = 16'h0;
      6'b110100: data = 16'h0;
      6'b110101: data = 16'h0;
      6'b110110: data = 16'h0;
      6'b110111: data = 16'h0;
      6'b111000: data = 16'h0;
      6'b111001: data = 16'h0;
      6'b111010: data = 16'h0;
      6'b111011: data = 16'h0;
      6'b111100: data = 16'h0;
      6'b111101: data = 16'h0;
      6'b111110: data = 16'h0;
      6'b111111: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$5$mid_num


module qins_alu$steps$5$rhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$5$rhs


module qins_alu$steps$6(clock,abs_num,den,m_in,m_out);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] abs_num;
    input wire  [15:0] den;
    input wire  [7:0] m_in;
    output reg  [7:0] m_out;
    
    // Constant declarations
    localparam  address_offset = 3'b1;
    localparam  step_bit = 8'h1;
    
    // Stub signals
    reg  [5:0] mid_num$address;
    wire  [15:0] mid_num$data;
    reg  [5:0] mid_den$address;
    wire  [15:0] mid_den$data;
    reg  [31:0] lhs$d;
    wire  [31:0] lhs$q;
    reg  lhs$clock;
    reg  [31:0] rhs$d;
    wire  [31:0] rhs$q;
    reg  rhs$clock;
    reg  [7:0] m_held$d;
    wire  [7:0] m_held$q;
    reg  m_held$clock;
    
    // Local signals
    reg  [7:0] address;
    
    // Sub module instances
    qins_alu$steps$6$mid_num mid_num(
        .address(mid_num$address),
        .data(mid_num$data)
    );
    qins_alu$steps$6$mid_den mid_den(
        .address(mid_den$address),
        .data(mid_den$data)
    );
    qins_alu$steps$6$lhs lhs(
        .d(lhs$d),
        .q(lhs$q),
        .clock(lhs$clock)
    );
    qins_alu$steps$6$rhs rhs(
        .d(rhs$d),
        .q(rhs$q),
        .clock(rhs$clock)
    );
    qins_alu$steps$6$m_held m_held(
        .d(m_held$d),
        .q(m_held$q),
        .clock(m_held$clock)
    );
    
    // Update code
    always @(*) begin
        lhs$clock = clock;
        rhs$clock = clock;
        m_held$clock = clock;
        lhs$d = lhs$q;
        rhs$d = rhs$q;
        m_held$d = m_held$q;
        address = m_in >> address_offset;
        mid_num$address = address[(32'h0)+:(6)];
        mid_den$address = address[(32'h0)+:(6)];
        lhs$d = mid_num$data * den;
        rhs$d = abs_num * mid_den$data;
        m_held$d = m_in;
        m_out = m_held$q;
        if (lhs$q > rhs$q) begin
            m_out = m_held$q | step_bit;
        end
    end
    
endmodule // qins_alu$steps$6


module qins_alu$steps$6$lhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$6$lhs


module qins_alu$steps$6$m_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$6$m_held


module qins_alu$steps$6$mid_den(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h4;
      6'b1: data = 16'h18;
      6'b10: data = 16'h3c;
      6'b11: data = 16'h70;
      6'b100: data = 16'hb4;
      6'b101: data = 16'h108;
      6'b110: data = 16'h16c;
      6'b111: data = 16'h1e0;
      6'b1000: data = 16'h264;
      6'b1001: data = 16'h2f8;
      6'b1010: data = 16'h39c;
      6'b1011: data = 16'h450;
      6'b1100: data = 16'h514;
      6'b1101: data = 16'h5e8;
      6'b1110: data = 16'h6cc;
      6'b1111: data = 16'h7c0;
      6'b10000: data = 16'h8c4;
      6'b10001: data = 16'h9d8;
      6'b10010: data = 16'hafc;
      6'b10011: data = 16'hc30;
      6'b10100: data = 16'hd74;
      6'b10101: data = 16'hec8;
      6'b10110: data = 16'h102c;
      6'b10111: data = 16'h11a0;
      6'b11000: data = 16'h1324;
      6'b11001: data = 16'h14b8;
      6'b11010: data = 16'h165c;
      6'b11011: data = 16'h1810;
      6'b11100: data = 16'h19d4;
      6'b11101: data = 16'h1ba8;
      6'b11110: data = 16'h1d8c;
      6'b11111: data = 16'h1f80;
      6'b100000: data = 16'h2184;
      6'b100001: data = 16'h2398;
      6'b100010: data = 16'h25bc;
      6'b100011: data = 16'h27f0;
      6'b100100: data = 16'h2a34;
      6'b100101: data = 16'h2c88;
      6'b100110: data = 16'h2eec;
      6'b100111: data = 16'h3160;
      6'b101000: data = 16'h33e4;
      6'b101001: data = 16'h3678;
      6'b101010: data = 16'h391c;
      6'b101011: data = 16'h3bd0;
      6'b101100: data = 16'h3e94;
      6'b101101: data = 16'h4168;
      6'b101110: data = 16'h444c;
      6'b101111: data = 16'h4740;
      6'b110000: data = 16'h4a44;
      6'b110001: data = 16'h4d58;
      6'b110010: data = 16'h507c;
      6'b110011: data = 16'h53b0;
      6'b110100: data = 16'h56f4;
      6'b110101: data = 16'h5a48;
      6'b110110: data = 16'h5dac;
      6'b110111: data = 16'h6120;
      6'b111000: data = 16'h64a4;
      6'b111001: data = 16'h6838;
      6'b111010: data = 16'h6bdc;
      6'b111011: data = 16'h6f90;
      6'b111100: data = 16'h7354;
      6'b111101: data = 16'h7728;
      6'b111110: data = 16'h7b0c;
      6'b111111: data = 16'h7f00;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$6$mid_den


module qins_alu$steps$6$mid_num(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 16'h17c;
      6'b1: data = 16'h368;
      6'b10: data = 16'h544;
      6'b11: data = 16'h710;
      6'b100: data = 16'h8cc;
      6'b101: data = 16'ha78;
      6'b110: data = 16'hc14;
      6'b111: data = 16'hda0;
      6'b1000: data = 16'hf1c;
      6'b1001: data = 16'h1088;
      6'b1010: data = 16'h11e4;
      6'b1011: data = 16'h1330;
      6'b1100: data = 16'h146c;
      6'b1101: data = 16'h1598;
      6'b1110: data = 16'h16b4;
      6'b1111: data = 16'h17c0;
      6'b10000: data = 16'h18bc;
      6'b10001: data = 16'h19a8;
      6'b10010: data = 16'h1a84;
      6'b10011: data = 16'h1b50;
      6'b10100: data = 16'h1c0c;
      6'b10101: data = 16'h1cb8;
      6'b10110: data = 16'h1d54;
      6'b10111: data = 16'h1de0;
      6'b11000: data = 16'h1e5c;
      6'b11001: data = 16'h1ec8;
      6'b11010: data = 16'h1f24;
      6'b11011: data = 16'h1f70;
      6'b11100: data = 16'h1fac;
      6'b11101: data = 16'h1fd8;
      6'b11110: data = 16'h1ff4;
      6'b11111: data = 16'h2000;
      6'b100000: data = 16'h1ffc;
      6'b100001: data = 16'h1fe8;
      6'b100010: data = 16'h1fc4;
      6'b100011: data = 16'h1f90;
      6'b100100: data = 16'h1f4c;
      6'b100101: data = 16'h1ef8;
      6'b100110: data = 16'h1e94;
      6'b100111: data = 16'h1e20;
      6'b101000: data = 16'h1d9c;
      6'b101001: data = 16'h1d08;
      6'b101010: data = 16'h1c64;
      6'b101011: data = 16'h1bb0;
      6'b101100: data = 16'h1aec;
      6'b101101: data = 16'h1a18;
      6'b101110: data = 16'h1934;
      6'b101111: data = 16'h1840;
      6'b110000: data = 16'h173c;
      6'b110001: data = 16'h1628;
      6'b110010: data = 16'h1504;
      6'b110011: data = 16'h13d0;
      6'b110100: data = 16'h128c;
      6'b110101: data = 16'h1138;
      6'b110110: data = 16'hfd4;
      6'b110111: data = 16'he60;
      6'b111000: data = 16'hcdc;
      6'b111001: data = 16'hb48;
      6'b111010: data = 16'h9a4;
      6'b111011: data = 16'h7f0;
      6'b111100: data = 16'h62c;
      6'b111101: data = 16'h458;
      6'b111110: data = 16'h274;
      6'b111111: data = 16'h80;
      default: data = 16'h0;
    endcase
            
endmodule // qins_alu$steps$6$mid_num


module qins_alu$steps$6$rhs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$steps$6$rhs


module qins_alu$tag$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$0


module qins_alu$tag$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$1


module qins_alu$tag$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$10


module qins_alu$tag$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$11


module qins_alu$tag$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$12


module qins_alu$tag$13(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$13


module qins_alu$tag$14(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$14


module qins_alu$tag$15(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$15


module qins_alu$tag$16(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$16


module qins_alu$tag$17(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$17


module qins_alu$tag$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$2


module qins_alu$tag$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$3


module qins_alu$tag$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$4


module qins_alu$tag$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$5


module qins_alu$tag$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$6


module qins_alu$tag$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$7


module qins_alu$tag$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$8


module qins_alu$tag$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$tag$9


module qins_alu$valid$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$0


module qins_alu$valid$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$1


module qins_alu$valid$10(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$10


module qins_alu$valid$11(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$11


module qins_alu$valid$12(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$12


module qins_alu$valid$13(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$13


module qins_alu$valid$14(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$14


module qins_alu$valid$15(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$15


module qins_alu$valid$16(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$16


module qins_alu$valid$17(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$17


module qins_alu$valid$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$2


module qins_alu$valid$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$3


module qins_alu$valid$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$4


module qins_alu$valid$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$5


module qins_alu$valid$6(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$6


module qins_alu$valid$7(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$7


module qins_alu$valid$8(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$8


module qins_alu$valid$9(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_alu$valid$9


module qins_alu$widen_encode(narrow,fill,wide);
    
    // Module arguments
    input wire  [7:0] narrow;
    input wire  fill;
    output reg  [15:0] wide;
    
    // Update code (custom)
    always @(*) wide = {{8{fill}}, narrow};
endmodule // qins_alu$widen_encode


module qins_alu$widen_lookup(narrow,fill,wide);
    
    // Module arguments
    input wire  [7:0] narrow;
    input wire  fill;
    output reg  [15:0] wide;
    
    // Update code (custom)
    always @(*) wide = {{8{fill}}, narrow};
endmodule // qins_alu$widen_lookup


module qins_alu$widen_out(narrow,fill,wide);
    
    // Module arguments
    input wire  [15:0] narrow;
    input wire  fill;
    output reg  [31:0] wide;
    
    // Update code (custom)
    always @(*) wide = {{16{fill}}, narrow};
endmodule // qins_alu$widen_out


module qins_alu$widen_search(narrow,fill,wide);
    
    // Module arguments
    input wire  [7:0] narrow;
    input wire  fill;
    output reg  [15:0] wide;
    
    // Update code (custom)
    always @(*) wide = {{8{fill}}, narrow};
endmodule // qins_alu$widen_search


module qins_alu$widen_simple(narrow,fill,wide);
    
    // Module arguments
    input wire  [7:0] narrow;
    input wire  fill;
    output reg  [15:0] wide;
    
    // Update code (custom)
    always @(*) wide = {{8{fill}}, narrow};
endmodule // qins_alu$widen_simple
