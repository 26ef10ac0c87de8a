

module qins_board_up5k_sim(clock,uart_rx,uart_tx,led_busy,led_error);
    
    // Module arguments
    input wire  clock;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  led_busy;
    output reg  led_error;
    
    // Stub signals
    reg  uart$clock;
    reg  uart$uart_rx;
    wire  uart$uart_tx;
    wire  [23:0] uart$bus_address;
    wire  [31:0] uart$bus_write_data;
    wire  uart$bus_write;
    wire  uart$bus_read;
    reg  [31:0] uart$bus_read_data;
    reg  uart$bus_ready;
    reg  uart$bus_error;
    reg  uart$accel_busy;
    wire  uart$led_busy;
    wire  uart$led_error;
    reg  accel$clock;
    reg  [23:0] accel$bus_address;
    reg  [31:0] accel$bus_write_data;
    reg  accel$bus_write;
    reg  accel$bus_read;
    wire  [31:0] accel$bus_read_data;
    wire  accel$bus_ready;
    wire  accel$bus_error;
    wire  accel$busy;
    
    // Sub module instances
    qins_board_up5k_sim$uart uart(
        .clock(uart$clock),
        .uart_rx(uart$uart_rx),
        .uart_tx(uart$uart_tx),
        .bus_address(uart$bus_address),
        .bus_write_data(uart$bus_write_data),
        .bus_write(uart$bus_write),
        .bus_read(uart$bus_read),
        .bus_read_data(uart$bus_read_data),
        .bus_ready(uart$bus_ready),
        .bus_error(uart$bus_error),
        .accel_busy(uart$accel_busy),
        .led_busy(uart$led_busy),
        .led_error(uart$led_error)
    );
    qins_board_up5k_sim$accel accel(
        .clock(accel$clock),
        .bus_address(accel$bus_address),
        .bus_write_data(accel$bus_write_data),
        .bus_write(accel$bus_write),
        .bus_read(accel$bus_read),
        .bus_read_data(accel$bus_read_data),
        .bus_ready(accel$bus_ready),
        .bus_error(accel$bus_error),
        .busy(accel$busy)
    );
    
    // Update code
    always @(*) begin
        uart$clock = clock;
        accel$clock = clock;
        uart$uart_rx = uart_rx;
        uart_tx = uart$uart_tx;
        accel$bus_address = uart$bus_address;
        accel$bus_write_data = uart$bus_write_data;
        accel$bus_write = uart$bus_write;
        accel$bus_read = uart$bus_read;
        uart$bus_read_data = accel$bus_read_data;
        uart$bus_ready = accel$bus_ready;
        uart$bus_error = accel$bus_error;
        uart$accel_busy = accel$busy;
        led_busy = uart$led_busy;
        led_error = uart$led_error;
    end
    
endmodule // qins_board_up5k_sim


module qins_board_up5k_sim$accel(clock,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,busy);
    
    // Module arguments
    input wire  clock;
    input wire  [23:0] bus_address;
    input wire  [31:0] bus_write_data;
    input wire  bus_write;
    input wire  bus_read;
    output reg  [31:0] bus_read_data;
    output reg  bus_ready;
    output reg  bus_error;
    output reg  busy;
    
    // Constant declarations
    localparam  k_n = 32'h2;
    localparam  k_has_alu = 1'b0;
    localparam  k_queue_depth = 16'h100;
    localparam  k_lane_shift = 8'h1;
    localparam  k_lane_mask = 24'h1;
    
    // Stub signals
    reg  weight_mem$0$clock;
    reg  [13:0] weight_mem$0$address;
    reg  weight_mem$0$write_enable;
    reg  [7:0] weight_mem$0$write_data;
    wire  [7:0] weight_mem$0$read_data;
    reg  weight_mem$1$clock;
    reg  [13:0] weight_mem$1$address;
    reg  weight_mem$1$write_enable;
    reg  [7:0] weight_mem$1$write_data;
    wire  [7:0] weight_mem$1$read_data;
    reg  [7:0] act_mem$0$read_address;
    reg  act_mem$0$read_clock;
    wire signed [15:0] act_mem$0$read_data;
    reg  [7:0] act_mem$0$write_address;
    reg  act_mem$0$write_clock;
    reg signed [15:0] act_mem$0$write_data;
    reg  act_mem$0$write_enable;
    reg  [7:0] act_mem$1$read_address;
    reg  act_mem$1$read_clock;
    wire signed [15:0] act_mem$1$read_data;
    reg  [7:0] act_mem$1$write_address;
    reg  act_mem$1$write_clock;
    reg signed [15:0] act_mem$1$write_data;
    reg  act_mem$1$write_enable;
    reg  [7:0] acc_mem$0$read_address;
    reg  acc_mem$0$read_clock;
    wire signed [31:0] acc_mem$0$read_data;
    reg  [7:0] acc_mem$0$write_address;
    reg  acc_mem$0$write_clock;
    reg signed [31:0] acc_mem$0$write_data;
    reg  acc_mem$0$write_enable;
    reg  [7:0] acc_mem$1$read_address;
    reg  acc_mem$1$read_clock;
    wire signed [31:0] acc_mem$1$read_data;
    reg  [7:0] acc_mem$1$write_address;
    reg  acc_mem$1$write_clock;
    reg signed [31:0] acc_mem$1$write_data;
    reg  acc_mem$1$write_enable;
    reg  [5:0] param_scale$read_address;
    reg  param_scale$read_clock;
    wire  [21:0] param_scale$read_data;
    reg  [5:0] param_scale$write_address;
    reg  param_scale$write_clock;
    reg  [21:0] param_scale$write_data;
    reg  param_scale$write_enable;
    reg  [5:0] param_bias$read_address;
    reg  param_bias$read_clock;
    wire signed [31:0] param_bias$read_data;
    reg  [5:0] param_bias$write_address;
    reg  param_bias$write_clock;
    reg signed [31:0] param_bias$write_data;
    reg  param_bias$write_enable;
    reg  weight_tables$0$clock;
    reg  [7:0] weight_tables$0$read_code;
    wire signed [15:0] weight_tables$0$read_value;
    reg  weight_tables$0$write$enable;
    reg  [7:0] weight_tables$0$write$index;
    reg signed [15:0] weight_tables$0$write$value;
    reg  weight_tables$1$clock;
    reg  [7:0] weight_tables$1$read_code;
    wire signed [15:0] weight_tables$1$read_value;
    reg  weight_tables$1$write$enable;
    reg  [7:0] weight_tables$1$write$index;
    reg signed [15:0] weight_tables$1$write$value;
    reg  act_tables$0$clock;
    reg  [7:0] act_tables$0$read_code;
    wire signed [15:0] act_tables$0$read_value;
    reg  act_tables$0$write$enable;
    reg  [7:0] act_tables$0$write$index;
    reg signed [15:0] act_tables$0$write$value;
    reg  act_tables$1$clock;
    reg  [7:0] act_tables$1$read_code;
    wire signed [15:0] act_tables$1$read_value;
    reg  act_tables$1$write$enable;
    reg  [7:0] act_tables$1$write$index;
    reg signed [15:0] act_tables$1$write$value;
    reg  array$clock;
    reg signed [15:0] array$act_in$0;
    reg signed [15:0] array$act_in$1;
    reg  array$act_valid;
    reg  array$act_bank;
    reg  [31:0] array$in_tag;
    reg signed [15:0] array$weight_in$0;
    reg signed [15:0] array$weight_in$1;
    reg  array$weight_load;
    reg  array$weight_load_bank;
    wire signed [31:0] array$result$0;
    wire signed [31:0] array$result$1;
    wire  array$out_valid;
    wire  [31:0] array$out_tag;
    wire  array$early_valid;
    wire  [31:0] array$early_tag;
    reg  out_stage$clock;
    reg  out_stage$in_valid;
    reg signed [31:0] out_stage$in_acc;
    reg signed [15:0] out_stage$multiplier;
    reg  [5:0] out_stage$shift;
    reg signed [31:0] out_stage$bias;
    reg  out_stage$encode;
    wire  out_stage$out_valid;
    wire  [31:0] out_stage$out_word;
    wire  out_stage$accept_next;
    reg  out_stage$threshold_write$enable;
    reg  [7:0] out_stage$threshold_write$index;
    reg signed [31:0] out_stage$threshold_write$value;
    reg  out_stage$code_write$enable;
    reg  [7:0] out_stage$code_write$index;
    reg  [7:0] out_stage$code_write$value;
    reg  bus$clock;
    reg  [23:0] bus$bus_address;
    reg  [31:0] bus$bus_write_data;
    reg  bus$bus_write;
    reg  bus$bus_read;
    wire  [31:0] bus$bus_read_data;
    wire  bus$bus_ready;
    wire  bus$bus_error;
    reg  bus$busy;
    reg  bus$queue_full;
    reg  [7:0] bus$weight_read$0;
    reg  [7:0] bus$weight_read$1;
    reg signed [15:0] bus$act_read$0;
    reg signed [15:0] bus$act_read$1;
    reg signed [31:0] bus$acc_read$0;
    reg signed [31:0] bus$acc_read$1;
    reg  [31:0] bus$register_read;
    wire  [31:0] bus$write_data;
    wire  [23:0] bus$address;
    wire  [7:0] bus$write_table;
    wire  bus$weight_lane_write$0;
    wire  bus$weight_lane_write$1;
    wire  [7:0] bus$weight_lane_data$0;
    wire  [7:0] bus$weight_lane_data$1;
    wire  bus$act_lane_write$0;
    wire  bus$act_lane_write$1;
    wire signed [15:0] bus$act_lane_data$0;
    wire signed [15:0] bus$act_lane_data$1;
    wire  bus$acc_lane_write$0;
    wire  bus$acc_lane_write$1;
    wire  bus$write_scale;
    wire  bus$write_bias;
    wire  [23:0] bus$param_channel;
    wire  bus$register_write;
    wire  [31:0] bus$register_hot;
    wire  bus$push;
    wire  [23:0] bus$weight_word;
    wire  [23:0] bus$act_word;
    wire  [23:0] bus$acc_word;
    wire  [23:0] bus$act_read_word;
    wire  [23:0] bus$acc_read_word;
    wire  [31:0] bus$read_register_hot;
    wire  bus$failed;
    wire  [7:0] bus$failed_code;
    wire  [23:0] bus$failed_address;
    reg  registers$clock;
    reg  registers$write;
    reg  [31:0] registers$write_hot;
    reg  [31:0] registers$write_data;
    reg  registers$push;
    reg  registers$busy;
    reg  registers$queue_full;
    reg  [15:0] registers$queue_level;
    reg  registers$matmul_issue;
    reg  [31:0] registers$macs;
    reg  registers$command_done;
    reg  registers$barrier;
    reg  [31:0] registers$command$0;
    reg  [31:0] registers$command$1;
    reg  [31:0] registers$command$2;
    reg  [31:0] registers$command$3;
    reg  registers$bus_failed;
    reg  [7:0] registers$bus_failed_code;
    reg  [23:0] registers$bus_failed_address;
    reg  registers$command_failed;
    reg  [7:0] registers$command_failed_code;
    reg  [31:0] registers$read_hot;
    wire  [31:0] registers$read_value;
    wire  [31:0] registers$staged$0;
    wire  [31:0] registers$staged$1;
    wire  [31:0] registers$staged$2;
    reg  queue$clock;
    reg  queue$push;
    reg  [31:0] queue$words$0;
    reg  [31:0] queue$words$1;
    reg  [31:0] queue$words$2;
    reg  [31:0] queue$words$3;
    reg  [12:0] queue$verdict;
    reg  queue$pop;
    reg  [15:0] queue$depth;
    wire  [127:0] queue$head;
    wire  [12:0] queue$head_verdict;
    wire  queue$nonempty;
    wire  queue$full;
    wire  [15:0] queue$level;
    reg  check$clock;
    reg  [127:0] check$pushed;
    wire  [12:0] check$verdict;
    reg  [12:0] check$head_verdict;
    wire  [7:0] check$opcode;
    wire  check$finish_at_decode;
    wire  [7:0] check$refusal;
    reg  sequencer$clock;
    reg  sequencer$queue_nonempty;
    reg  [127:0] sequencer$entry;
    reg  [7:0] sequencer$opcode;
    reg  sequencer$finish_at_decode;
    reg  [7:0] sequencer$refusal;
    reg  [31:0] sequencer$array_size;
    reg  sequencer$has_alu;
    reg  sequencer$loader_busy;
    reg  sequencer$bank_in_use$0;
    reg  sequencer$bank_in_use$1;
    reg  sequencer$matmul_last;
    reg  sequencer$matmul_second_last;
    reg  sequencer$idle;
    reg  sequencer$post_finished;
    reg  sequencer$alu_finished;
    reg  sequencer$alu_result_valid;
    reg  sequencer$table_finished;
    wire  [31:0] sequencer$command$0;
    wire  [31:0] sequencer$command$1;
    wire  [31:0] sequencer$command$2;
    wire  [31:0] sequencer$command$3;
    wire  sequencer$decoding;
    wire  sequencer$pop;
    wire  sequencer$tile_start;
    wire  [13:0] sequencer$tile_start_row;
    wire  sequencer$tile_start_bank;
    wire  sequencer$matmul_issue;
    wire  sequencer$post_start;
    wire  sequencer$alu_start;
    wire  sequencer$alu_active;
    wire  sequencer$table_enabled;
    wire  sequencer$barrier;
    wire  sequencer$done;
    wire  sequencer$failed;
    wire  [7:0] sequencer$failed_code;
    wire  sequencer$running;
    wire  sequencer$busy;
    reg  loader$clock;
    reg  loader$start;
    reg  [13:0] loader$start_row;
    reg  loader$start_bank;
    reg  [7:0] loader$tile_rows;
    wire  loader$reading;
    wire  [13:0] loader$row;
    wire  loader$busy;
    wire  loader$load;
    wire  loader$load_bank;
    reg  stream$clock;
    reg  stream$load;
    reg  [31:0] stream$command$0;
    reg  [31:0] stream$command$1;
    reg  [31:0] stream$command$2;
    reg  [31:0] stream$command$3;
    reg  [15:0] stream$array_size;
    reg  stream$issue;
    reg signed [15:0] stream$act_read$0;
    reg signed [15:0] stream$act_read$1;
    reg signed [15:0] stream$decoded$0;
    reg signed [15:0] stream$decoded$1;
    reg  stream$array_out_valid;
    reg  [31:0] stream$array_out_tag;
    wire  [7:0] stream$act_address;
    wire  stream$last;
    wire  stream$second_last;
    wire  [31:0] stream$macs;
    wire  stream$issued;
    wire  stream$valid;
    wire  [31:0] stream$tag;
    wire signed [15:0] stream$act$0;
    wire signed [15:0] stream$act$1;
    wire  stream$bank_in_use$0;
    wire  stream$bank_in_use$1;
    wire  stream$idle;
    reg  writer$clock;
    reg  writer$array_out_valid;
    reg  [31:0] writer$array_out_tag;
    reg  [31:0] writer$array_early_tag;
    reg signed [31:0] writer$array_result$0;
    reg signed [31:0] writer$array_result$1;
    reg signed [31:0] writer$acc_read$0;
    reg signed [31:0] writer$acc_read$1;
    wire  writer$write_enable;
    wire  [7:0] writer$write_address;
    wire signed [31:0] writer$write_data$0;
    wire signed [31:0] writer$write_data$1;
    wire  writer$idle;
    reg  post$clock;
    reg  post$load;
    reg  [31:0] post$command$0;
    reg  [31:0] post$command$1;
    reg  [31:0] post$command$2;
    reg  [31:0] post$command$3;
    reg  post$start;
    reg  [7:0] post$array_size;
    reg  post$accept_next;
    reg  post$result_valid;
    reg signed [31:0] post$acc_read$0;
    reg signed [31:0] post$acc_read$1;
    wire  post$issue;
    wire  [7:0] post$acc_address;
    wire  [5:0] post$param_address;
    wire  post$stage_valid;
    wire signed [31:0] post$stage_acc;
    wire  post$encode;
    wire  [23:0] post$out_vector;
    wire  [1:0] post$out_lane;
    wire  post$idle;
    wire  post$finished;
    reg  alu_issue$clock;
    reg  alu_issue$start;
    reg  [31:0] alu_issue$command$0;
    reg  [31:0] alu_issue$command$1;
    reg  [31:0] alu_issue$command$2;
    reg  [31:0] alu_issue$command$3;
    reg  alu_issue$active;
    reg  [7:0] alu_issue$lane_shift;
    reg  [23:0] alu_issue$lane_mask;
    reg signed [15:0] alu_issue$act_read$0;
    reg signed [15:0] alu_issue$act_read$1;
    reg signed [31:0] alu_issue$acc_read$0;
    reg signed [31:0] alu_issue$acc_read$1;
    reg  alu_issue$result_valid;
    wire  alu_issue$read_act;
    wire  alu_issue$read_acc;
    wire  [23:0] alu_issue$read_vector;
    wire  alu_issue$issue;
    wire  [31:0] alu_issue$a;
    wire  [31:0] alu_issue$b;
    wire  [23:0] alu_issue$out_vector;
    wire  [23:0] alu_issue$out_lane;
    wire  alu_issue$idle;
    wire  alu_issue$finished;
    reg  tables$clock;
    reg  tables$load;
    reg  [31:0] tables$command$0;
    reg  [31:0] tables$command$1;
    reg  [31:0] tables$command$2;
    reg  [31:0] tables$command$3;
    reg  tables$enabled;
    reg  [7:0] tables$lane_shift;
    reg  [23:0] tables$lane_mask;
    reg signed [15:0] tables$act_read$0;
    reg signed [15:0] tables$act_read$1;
    reg signed [31:0] tables$acc_read$0;
    reg signed [31:0] tables$acc_read$1;
    wire  tables$reading;
    wire  [23:0] tables$read_vector;
    reg  [7:0] tables$host_write;
    reg  [7:0] tables$host_index;
    reg  [31:0] tables$host_data;
    wire  tables$weight_write$enable;
    wire  [7:0] tables$weight_write$index;
    wire signed [15:0] tables$weight_write$value;
    wire  tables$act_write$enable;
    wire  [7:0] tables$act_write$index;
    wire signed [15:0] tables$act_write$value;
    wire  tables$alu_decode_write$enable;
    wire  [7:0] tables$alu_decode_write$index;
    wire signed [15:0] tables$alu_decode_write$value;
    wire  tables$out_threshold_write$enable;
    wire  [7:0] tables$out_threshold_write$index;
    wire signed [31:0] tables$out_threshold_write$value;
    wire  tables$out_code_write$enable;
    wire  [7:0] tables$out_code_write$index;
    wire  [7:0] tables$out_code_write$value;
    wire  tables$alu_threshold_write$enable;
    wire  [7:0] tables$alu_threshold_write$index;
    wire signed [31:0] tables$alu_threshold_write$value;
    wire  tables$alu_code_write$enable;
    wire  [7:0] tables$alu_code_write$index;
    wire  [7:0] tables$alu_code_write$value;
    wire  tables$alu_lookup_write$enable;
    wire  [7:0] tables$alu_lookup_write$index;
    wire  [7:0] tables$alu_lookup_write$value;
    wire  tables$loading;
    wire  tables$finished;
    
    // Local signals
    reg  alu_out_valid;
    reg  [31:0] alu_result;
    reg  [15:0] act_bits$0;
    reg  [15:0] act_bits$1;
    
    // Sub module instances
    qins_board_up5k_sim$accel$weight_mem$0 weight_mem$0(
        .clock(weight_mem$0$clock),
        .address(weight_mem$0$address),
        .write_enable(weight_mem$0$write_enable),
        .write_data(weight_mem$0$write_data),
        .read_data(weight_mem$0$read_data)
    );
    qins_board_up5k_sim$accel$weight_mem$1 weight_mem$1(
        .clock(weight_mem$1$clock),
        .address(weight_mem$1$address),
        .write_enable(weight_mem$1$write_enable),
        .write_data(weight_mem$1$write_data),
        .read_data(weight_mem$1$read_data)
    );
    qins_board_up5k_sim$accel$act_mem$0 act_mem$0(
        .read_address(act_mem$0$read_address),
        .read_clock(act_mem$0$read_clock),
        .read_data(act_mem$0$read_data),
        .write_address(act_mem$0$write_address),
        .write_clock(act_mem$0$write_clock),
        .write_data(act_mem$0$write_data),
        .write_enable(act_mem$0$write_enable)
    );
    qins_board_up5k_sim$accel$act_mem$1 act_mem$1(
        .read_address(act_mem$1$read_address),
        .read_clock(act_mem$1$read_clock),
        .read_data(act_mem$1$read_data),
        .write_address(act_mem$1$write_address),
        .write_clock(act_mem$1$write_clock),
        .write_data(act_mem$1$write_data),
        .write_enable(act_mem$1$write_enable)
    );
    qins_board_up5k_sim$accel$acc_mem$0 acc_mem$0(
        .read_address(acc_mem$0$read_address),
        .read_clock(acc_mem$0$read_clock),
        .read_data(acc_mem$0$read_data),
        .write_address(acc_mem$0$write_address),
        .write_clock(acc_mem$0$write_clock),
        .write_data(acc_mem$0$write_data),
        .write_enable(acc_mem$0$write_enable)
    );
    qins_board_up5k_sim$accel$acc_mem$1 acc_mem$1(
        .read_address(acc_mem$1$read_address),
        .read_clock(acc_mem$1$read_clock),
        .read_data(acc_mem$1$read_data),
        .write_address(acc_mem$1$write_address),
        .write_clock(acc_mem$1$write_clock),
        .write_data(acc_mem$1$write_data),
        .write_enable(acc_mem$1$write_enable)
    );
    qins_board_up5k_sim$accel$param_scale param_scale(
        .read_address(param_scale$read_address),
        .read_clock(param_scale$read_clock),
        .read_data(param_scale$read_data),
        .write_address(param_scale$write_address),
        .write_clock(param_scale$write_clock),
        .write_data(param_scale$write_data),
        .write_enable(param_scale$write_enable)
    );
    qins_board_up5k_sim$accel$param_bias param_bias(
        .read_address(param_bias$read_address),
        .read_clock(param_bias$read_clock),
        .read_data(param_bias$read_data),
        .write_address(param_bias$write_address),
        .write_clock(param_bias$write_clock),
        .write_data(param_bias$write_data),
        .write_enable(param_bias$write_enable)
    );
    qins_board_up5k_sim$accel$weight_tables$0 weight_tables$0(
        .clock(weight_tables$0$clock),
        .read_code(weight_tables$0$read_code),
        .read_value(weight_tables$0$read_value),
        .write$enable(weight_tables$0$write$enable),
        .write$index(weight_tables$0$write$index),
        .write$value(weight_tables$0$write$value)
    );
    qins_board_up5k_sim$accel$weight_tables$1 weight_tables$1(
        .clock(weight_tables$1$clock),
        .read_code(weight_tables$1$read_code),
        .read_value(weight_tables$1$read_value),
        .write$enable(weight_tables$1$write$enable),
        .write$index(weight_tables$1$write$index),
        .write$value(weight_tables$1$write$value)
    );
    qins_board_up5k_sim$accel$act_tables$0 act_tables$0(
        .clock(act_tables$0$clock),
        .read_code(act_tables$0$read_code),
        .read_value(act_tables$0$read_value),
        .write$enable(act_tables$0$write$enable),
        .write$index(act_tables$0$write$index),
        .write$value(act_tables$0$write$value)
    );
    qins_board_up5k_sim$accel$act_tables$1 act_tables$1(
        .clock(act_tables$1$clock),
        .read_code(act_tables$1$read_code),
        .read_value(act_tables$1$read_value),
        .write$enable(act_tables$1$write$enable),
        .write$index(act_tables$1$write$index),
        .write$value(act_tables$1$write$value)
    );
    qins_board_up5k_sim$accel$array array(
        .clock(array$clock),
        .act_in$0(array$act_in$0),
        .act_in$1(array$act_in$1),
        .act_valid(array$act_valid),
        .act_bank(array$act_bank),
        .in_tag(array$in_tag),
        .weight_in$0(array$weight_in$0),
        .weight_in$1(array$weight_in$1),
        .weight_load(array$weight_load),
        .weight_load_bank(array$weight_load_bank),
        .result$0(array$result$0),
        .result$1(array$result$1),
        .out_valid(array$out_valid),
        .out_tag(array$out_tag),
        .early_valid(array$early_valid),
        .early_tag(array$early_tag)
    );
    qins_board_up5k_sim$accel$out_stage out_stage(
        .clock(out_stage$clock),
        .in_valid(out_stage$in_valid),
        .in_acc(out_stage$in_acc),
        .multiplier(out_stage$multiplier),
        .shift(out_stage$shift),
        .bias(out_stage$bias),
        .encode(out_stage$encode),
        .out_valid(out_stage$out_valid),
        .out_word(out_stage$out_word),
        .accept_next(out_stage$accept_next),
        .threshold_write$enable(out_stage$threshold_write$enable),
        .threshold_write$index(out_stage$threshold_write$index),
        .threshold_write$value(out_stage$threshold_write$value),
        .code_write$enable(out_stage$code_write$enable),
        .code_write$index(out_stage$code_write$index),
        .code_write$value(out_stage$code_write$value)
    );
    qins_board_up5k_sim$accel$bus bus(
        .clock(bus$clock),
        .bus_address(bus$bus_address),
        .bus_write_data(bus$bus_write_data),
        .bus_write(bus$bus_write),
        .bus_read(bus$bus_read),
        .bus_read_data(bus$bus_read_data),
        .bus_ready(bus$bus_ready),
        .bus_error(bus$bus_error),
        .busy(bus$busy),
        .queue_full(bus$queue_full),
        .weight_read$0(bus$weight_read$0),
        .weight_read$1(bus$weight_read$1),
        .act_read$0(bus$act_read$0),
        .act_read$1(bus$act_read$1),
        .acc_read$0(bus$acc_read$0),
        .acc_read$1(bus$acc_read$1),
        .register_read(bus$register_read),
        .write_data(bus$write_data),
        .address(bus$address),
        .write_table(bus$write_table),
        .weight_lane_write$0(bus$weight_lane_write$0),
        .weight_lane_write$1(bus$weight_lane_write$1),
        .weight_lane_data$0(bus$weight_lane_data$0),
        .weight_lane_data$1(bus$weight_lane_data$1),
        .act_lane_write$0(bus$act_lane_write$0),
        .act_lane_write$1(bus$act_lane_write$1),
        .act_lane_data$0(bus$act_lane_data$0),
        .act_lane_data$1(bus$act_lane_data$1),
        .acc_lane_write$0(bus$acc_lane_write$0),
        .acc_lane_write$1(bus$acc_lane_write$1),
        .write_scale(bus$write_scale),
        .write_bias(bus$write_bias),
        .param_channel(bus$param_channel),
        .register_write(bus$register_write),
        .register_hot(bus$register_hot),
        .push(bus$push),
        .weight_word(bus$weight_word),
        .act_word(bus$act_word),
        .acc_word(bus$acc_word),
        .act_read_word(bus$act_read_word),
        .acc_read_word(bus$acc_read_word),
        .read_register_hot(bus$read_register_hot),
        .failed(bus$failed),
        .failed_code(bus$failed_code),
        .failed_address(bus$failed_address)
    );
    qins_board_up5k_sim$accel$registers registers(
        .clock(registers$clock),
        .write(registers$write),
        .write_hot(registers$write_hot),
        .write_data(registers$write_data),
        .push(registers$push),
        .busy(registers$busy),
        .queue_full(registers$queue_full),
        .queue_level(registers$queue_level),
        .matmul_issue(registers$matmul_issue),
        .macs(registers$macs),
        .command_done(registers$command_done),
        .barrier(registers$barrier),
        .command$0(registers$command$0),
        .command$1(registers$command$1),
        .command$2(registers$command$2),
        .command$3(registers$command$3),
        .bus_failed(registers$bus_failed),
        .bus_failed_code(registers$bus_failed_code),
        .bus_failed_address(registers$bus_failed_address),
        .command_failed(registers$command_failed),
        .command_failed_code(registers$command_failed_code),
        .read_hot(registers$read_hot),
        .read_value(registers$read_value),
        .staged$0(registers$staged$0),
        .staged$1(registers$staged$1),
        .staged$2(registers$staged$2)
    );
    qins_board_up5k_sim$accel$queue queue(
        .clock(queue$clock),
        .push(queue$push),
        .words$0(queue$words$0),
        .words$1(queue$words$1),
        .words$2(queue$words$2),
        .words$3(queue$words$3),
        .verdict(queue$verdict),
        .pop(queue$pop),
        .depth(queue$depth),
        .head(queue$head),
        .head_verdict(queue$head_verdict),
        .nonempty(queue$nonempty),
        .full(queue$full),
        .level(queue$level)
    );
    qins_board_up5k_sim$accel$check check(
        .clock(check$clock),
        .pushed(check$pushed),
        .verdict(check$verdict),
        .head_verdict(check$head_verdict),
        .opcode(check$opcode),
        .finish_at_decode(check$finish_at_decode),
        .refusal(check$refusal)
    );
    qins_board_up5k_sim$accel$sequencer sequencer(
        .clock(sequencer$clock),
        .queue_nonempty(sequencer$queue_nonempty),
        .entry(sequencer$entry),
        .opcode(sequencer$opcode),
        .finish_at_decode(sequencer$finish_at_decode),
        .refusal(sequencer$refusal),
        .array_size(sequencer$array_size),
        .has_alu(sequencer$has_alu),
        .loader_busy(sequencer$loader_busy),
        .bank_in_use$0(sequencer$bank_in_use$0),
        .bank_in_use$1(sequencer$bank_in_use$1),
        .matmul_last(sequencer$matmul_last),
        .matmul_second_last(sequencer$matmul_second_last),
        .idle(sequencer$idle),
        .post_finished(sequencer$post_finished),
        .alu_finished(sequencer$alu_finished),
        .alu_result_valid(sequencer$alu_result_valid),
        .table_finished(sequencer$table_finished),
        .command$0(sequencer$command$0),
        .command$1(sequencer$command$1),
        .command$2(sequencer$command$2),
        .command$3(sequencer$command$3),
        .decoding(sequencer$decoding),
        .pop(sequencer$pop),
        .tile_start(sequencer$tile_start),
        .tile_start_row(sequencer$tile_start_row),
        .tile_start_bank(sequencer$tile_start_bank),
        .matmul_issue(sequencer$matmul_issue),
        .post_start(sequencer$post_start),
        .alu_start(sequencer$alu_start),
        .alu_active(sequencer$alu_active),
        .table_enabled(sequencer$table_enabled),
        .barrier(sequencer$barrier),
        .done(sequencer$done),
        .failed(sequencer$failed),
        .failed_code(sequencer$failed_code),
        .running(sequencer$running),
        .busy(sequencer$busy)
    );
    qins_board_up5k_sim$accel$loader loader(
        .clock(loader$clock),
        .start(loader$start),
        .start_row(loader$start_row),
        .start_bank(loader$start_bank),
        .tile_rows(loader$tile_rows),
        .reading(loader$reading),
        .row(loader$row),
        .busy(loader$busy),
        .load(loader$load),
        .load_bank(loader$load_bank)
    );
    qins_board_up5k_sim$accel$stream stream(
        .clock(stream$clock),
        .load(stream$load),
        .command$0(stream$command$0),
        .command$1(stream$command$1),
        .command$2(stream$command$2),
        .command$3(stream$command$3),
        .array_size(stream$array_size),
        .issue(stream$issue),
        .act_read$0(stream$act_read$0),
        .act_read$1(stream$act_read$1),
        .decoded$0(stream$decoded$0),
        .decoded$1(stream$decoded$1),
        .array_out_valid(stream$array_out_valid),
        .array_out_tag(stream$array_out_tag),
        .act_address(stream$act_address),
        .last(stream$last),
        .second_last(stream$second_last),
        .macs(stream$macs),
        .issued(stream$issued),
        .valid(stream$valid),
        .tag(stream$tag),
        .act$0(stream$act$0),
        .act$1(stream$act$1),
        .bank_in_use$0(stream$bank_in_use$0),
        .bank_in_use$1(stream$bank_in_use$1),
        .idle(stream$idle)
    );
    qins_board_up5k_sim$accel$writer writer(
        .clock(writer$clock),
        .array_out_valid(writer$array_out_valid),
        .array_out_tag(writer$array_out_tag),
        .array_early_tag(writer$array_early_tag),
        .array_result$0(writer$array_result$0),
        .array_result$1(writer$array_result$1),
        .acc_read$0(writer$acc_read$0),
        .acc_read$1(writer$acc_read$1),
        .write_enable(writer$write_enable),
        .write_address(writer$write_address),
        .write_data$0(writer$write_data$0),
        .write_data$1(writer$write_data$1),
        .idle(writer$idle)
    );
    qins_board_up5k_sim$accel$post post(
        .clock(post$clock),
        .load(post$load),
        .command$0(post$command$0),
        .command$1(post$command$1),
        .command$2(post$command$2),
        .command$3(post$command$3),
        .start(post$start),
        .array_size(post$array_size),
        .accept_next(post$accept_next),
        .result_valid(post$result_valid),
        .acc_read$0(post$acc_read$0),
        .acc_read$1(post$acc_read$1),
        .issue(post$issue),
        .acc_address(post$acc_address),
        .param_address(post$param_address),
        .stage_valid(post$stage_valid),
        .stage_acc(post$stage_acc),
        .encode(post$encode),
        .out_vector(post$out_vector),
        .out_lane(post$out_lane),
        .idle(post$idle),
        .finished(post$finished)
    );
    qins_board_up5k_sim$accel$alu_issue alu_issue(
        .clock(alu_issue$clock),
        .start(alu_issue$start),
        .command$0(alu_issue$command$0),
        .command$1(alu_issue$command$1),
        .command$2(alu_issue$command$2),
        .command$3(alu_issue$command$3),
        .active(alu_issue$active),
        .lane_shift(alu_issue$lane_shift),
        .lane_mask(alu_issue$lane_mask),
        .act_read$0(alu_issue$act_read$0),
        .act_read$1(alu_issue$act_read$1),
        .acc_read$0(alu_issue$acc_read$0),
        .acc_read$1(alu_issue$acc_read$1),
        .result_valid(alu_issue$result_valid),
        .read_act(alu_issue$read_act),
        .read_acc(alu_issue$read_acc),
        .read_vector(alu_issue$read_vector),
        .issue(alu_issue$issue),
        .a(alu_issue$a),
        .b(alu_issue$b),
        .out_vector(alu_issue$out_vector),
        .out_lane(alu_issue$out_lane),
        .idle(alu_issue$idle),
        .finished(alu_issue$finished)
    );
    qins_board_up5k_sim$accel$tables tables(
        .clock(tables$clock),
        .load(tables$load),
        .command$0(tables$command$0),
        .command$1(tables$command$1),
        .command$2(tables$command$2),
        .command$3(tables$command$3),
        .enabled(tables$enabled),
        .lane_shift(tables$lane_shift),
        .lane_mask(tables$lane_mask),
        .act_read$0(tables$act_read$0),
        .act_read$1(tables$act_read$1),
        .acc_read$0(tables$acc_read$0),
        .acc_read$1(tables$acc_read$1),
        .reading(tables$reading),
        .read_vector(tables$read_vector),
        .host_write(tables$host_write),
        .host_index(tables$host_index),
        .host_data(tables$host_data),
        .weight_write$enable(tables$weight_write$enable),
        .weight_write$index(tables$weight_write$index),
        .weight_write$value(tables$weight_write$value),
        .act_write$enable(tables$act_write$enable),
        .act_write$index(tables$act_write$index),
        .act_write$value(tables$act_write$value),
        .alu_decode_write$enable(tables$alu_decode_write$enable),
        .alu_decode_write$index(tables$alu_decode_write$index),
        .alu_decode_write$value(tables$alu_decode_write$value),
        .out_threshold_write$enable(tables$out_threshold_write$enable),
        .out_threshold_write$index(tables$out_threshold_write$index),
        .out_threshold_write$value(tables$out_threshold_write$value),
        .out_code_write$enable(tables$out_code_write$enable),
        .out_code_write$index(tables$out_code_write$index),
        .out_code_write$value(tables$out_code_write$value),
        .alu_threshold_write$enable(tables$alu_threshold_write$enable),
        .alu_threshold_write$index(tables$alu_threshold_write$index),
        .alu_threshold_write$value(tables$alu_threshold_write$value),
        .alu_code_write$enable(tables$alu_code_write$enable),
        .alu_code_write$index(tables$alu_code_write$index),
        .alu_code_write$value(tables$alu_code_write$value),
        .alu_lookup_write$enable(tables$alu_lookup_write$enable),
        .alu_lookup_write$index(tables$alu_lookup_write$index),
        .alu_lookup_write$value(tables$alu_lookup_write$value),
        .loading(tables$loading),
        .finished(tables$finished)
    );
    
    // Update code
    always @(*) begin
        weight_mem$0$clock = clock;
        act_mem$0$read_clock = clock;
        act_mem$0$write_clock = clock;
        acc_mem$0$read_clock = clock;
        acc_mem$0$write_clock = clock;
        weight_tables$0$clock = clock;
        act_tables$0$clock = clock;
        weight_mem$1$clock = clock;
        act_mem$1$read_clock = clock;
        act_mem$1$write_clock = clock;
        acc_mem$1$read_clock = clock;
        acc_mem$1$write_clock = clock;
        weight_tables$1$clock = clock;
        act_tables$1$clock = clock;
        param_scale$read_clock = clock;
        param_scale$write_clock = clock;
        param_bias$read_clock = clock;
        param_bias$write_clock = clock;
        array$clock = clock;
        out_stage$clock = clock;
        bus$clock = clock;
        registers$clock = clock;
        queue$clock = clock;
        check$clock = clock;
        sequencer$clock = clock;
        loader$clock = clock;
        stream$clock = clock;
        writer$clock = clock;
        post$clock = clock;
        alu_issue$clock = clock;
        tables$clock = clock;
        alu_out_valid = 1'b0;
        alu_result = 32'h0;
        bus$bus_address = bus_address;
        bus$bus_write_data = bus_write_data;
        bus$bus_write = bus_write;
        bus$bus_read = bus_read;
        bus_read_data = bus$bus_read_data;
        bus_ready = bus$bus_ready;
        bus_error = bus$bus_error;
        bus$busy = sequencer$busy;
        bus$queue_full = queue$full;
        bus$register_read = registers$read_value;
        bus$weight_read$0 = weight_mem$0$read_data;
        bus$act_read$0 = act_mem$0$read_data;
        bus$acc_read$0 = acc_mem$0$read_data;
        bus$weight_read$1 = weight_mem$1$read_data;
        bus$act_read$1 = act_mem$1$read_data;
        bus$acc_read$1 = acc_mem$1$read_data;
        registers$write = bus$register_write;
        registers$write_hot = bus$register_hot;
        registers$write_data = bus$write_data;
        registers$push = bus$push;
        registers$busy = sequencer$busy;
        registers$queue_full = queue$full;
        registers$queue_level = queue$level;
        registers$matmul_issue = stream$issued;
        registers$macs = stream$macs;
        registers$command_done = sequencer$done;
        registers$barrier = sequencer$barrier;
        registers$bus_failed = bus$failed;
        registers$bus_failed_code = bus$failed_code;
        registers$bus_failed_address = bus$failed_address;
        registers$command_failed = sequencer$failed;
        registers$command_failed_code = sequencer$failed_code;
        registers$read_hot = bus$read_register_hot;
        queue$push = bus$push;
        queue$words$0 = registers$staged$0;
        queue$words$1 = registers$staged$1;
        queue$words$2 = registers$staged$2;
        queue$words$3 = bus$write_data;
        check$pushed = (((bus$write_data) & 128'hffffffffffffffffffffffffffffffff) << 32'h60) | (((registers$staged$2) & 128'hffffffffffffffffffffffffffffffff) << 32'h40) | (((registers$staged$1) & 128'hffffffffffffffffffffffffffffffff) << 32'h20) | ((registers$staged$0) & 128'hffffffffffffffffffffffffffffffff);
        queue$verdict = check$verdict;
        queue$pop = sequencer$pop;
        queue$depth = k_queue_depth;
        check$head_verdict = queue$head_verdict;
        sequencer$queue_nonempty = queue$nonempty;
        sequencer$entry = queue$head;
        sequencer$opcode = check$opcode;
        sequencer$finish_at_decode = check$finish_at_decode;
        sequencer$refusal = check$refusal;
        sequencer$array_size = k_n;
        sequencer$has_alu = k_has_alu;
        sequencer$loader_busy = loader$busy;
        sequencer$bank_in_use$0 = stream$bank_in_use$0;
        sequencer$bank_in_use$1 = stream$bank_in_use$1;
        sequencer$matmul_last = stream$last;
        sequencer$matmul_second_last = stream$second_last;
        sequencer$idle = stream$idle & writer$idle & ~loader$busy & post$idle & alu_issue$idle & ~tables$loading;
        busy = sequencer$busy;
        sequencer$post_finished = post$finished;
        sequencer$alu_finished = alu_issue$finished;
        sequencer$alu_result_valid = alu_out_valid;
        sequencer$table_finished = tables$finished;
        registers$command$0 = sequencer$command$0;
        stream$command$0 = sequencer$command$0;
        post$command$0 = sequencer$command$0;
        alu_issue$command$0 = sequencer$command$0;
        tables$command$0 = sequencer$command$0;
        registers$command$1 = sequencer$command$1;
        stream$command$1 = sequencer$command$1;
        post$command$1 = sequencer$command$1;
        alu_issue$command$1 = sequencer$command$1;
        tables$command$1 = sequencer$command$1;
        registers$command$2 = sequencer$command$2;
        stream$command$2 = sequencer$command$2;
        post$command$2 = sequencer$command$2;
        alu_issue$command$2 = sequencer$command$2;
        tables$command$2 = sequencer$command$2;
        registers$command$3 = sequencer$command$3;
        stream$command$3 = sequencer$command$3;
        post$command$3 = sequencer$command$3;
        alu_issue$command$3 = sequencer$command$3;
        tables$command$3 = sequencer$command$3;
        loader$start = sequencer$tile_start;
        loader$start_row = sequencer$tile_start_row;
        loader$start_bank = sequencer$tile_start_bank;
        loader$tile_rows = k_n[(32'h0)+:(8)];
        stream$load = sequencer$decoding;
        stream$array_size = k_n[(32'h0)+:(16)];
        stream$issue = sequencer$matmul_issue;
        stream$array_out_valid = array$out_valid;
        stream$array_out_tag = array$out_tag;
        writer$array_out_valid = array$out_valid;
        writer$array_out_tag = array$out_tag;
        writer$array_early_tag = array$early_tag;
        post$load = sequencer$decoding;
        post$start = sequencer$post_start;
        post$array_size = k_n[(32'h0)+:(8)];
        post$accept_next = out_stage$accept_next;
        post$result_valid = out_stage$out_valid;
        alu_issue$start = sequencer$alu_start;
        alu_issue$active = sequencer$alu_active;
        alu_issue$lane_shift = k_lane_shift;
        alu_issue$lane_mask = k_lane_mask;
        alu_issue$result_valid = alu_out_valid;
        tables$load = sequencer$decoding;
        tables$enabled = sequencer$table_enabled;
        tables$lane_shift = k_lane_shift;
        tables$lane_mask = k_lane_mask;
        tables$host_write = bus$write_table;
        tables$host_index = bus$address[(32'h0)+:(8)];
        tables$host_data = bus$write_data;
        stream$act_read$0 = act_mem$0$read_data;
        writer$array_result$0 = array$result$0;
        writer$acc_read$0 = acc_mem$0$read_data;
        post$acc_read$0 = acc_mem$0$read_data;
        alu_issue$act_read$0 = act_mem$0$read_data;
        alu_issue$acc_read$0 = acc_mem$0$read_data;
        tables$act_read$0 = act_mem$0$read_data;
        tables$acc_read$0 = acc_mem$0$read_data;
        stream$act_read$1 = act_mem$1$read_data;
        writer$array_result$1 = array$result$1;
        writer$acc_read$1 = acc_mem$1$read_data;
        post$acc_read$1 = acc_mem$1$read_data;
        alu_issue$act_read$1 = act_mem$1$read_data;
        alu_issue$acc_read$1 = acc_mem$1$read_data;
        tables$act_read$1 = act_mem$1$read_data;
        tables$acc_read$1 = acc_mem$1$read_data;
        weight_mem$0$address = ((bus$weight_word) & 14'h3fff);
        act_mem$0$read_address = ((bus$act_read_word) & 8'hff);
        act_mem$0$write_address = ((bus$act_word) & 8'hff);
        acc_mem$0$read_address = ((bus$acc_read_word) & 8'hff);
        acc_mem$0$write_address = ((bus$acc_word) & 8'hff);
        acc_mem$0$write_data = $signed(bus$write_data);
        acc_mem$0$write_enable = bus$acc_lane_write$0;
        weight_mem$0$write_data = bus$weight_lane_data$0;
        weight_mem$0$write_enable = bus$weight_lane_write$0;
        act_mem$0$write_data = bus$act_lane_data$0;
        act_mem$0$write_enable = bus$act_lane_write$0;
        weight_tables$0$write$enable = tables$weight_write$enable;
        weight_tables$0$write$index = tables$weight_write$index;
        weight_tables$0$write$value = tables$weight_write$value;
        act_tables$0$write$enable = tables$act_write$enable;
        act_tables$0$write$index = tables$act_write$index;
        act_tables$0$write$value = tables$act_write$value;
        weight_tables$0$read_code = weight_mem$0$read_data;
        act_bits$0 = $unsigned(act_mem$0$read_data);
        act_tables$0$read_code = act_bits$0[(32'h0)+:(8)];
        weight_mem$1$address = ((bus$weight_word) & 14'h3fff);
        act_mem$1$read_address = ((bus$act_read_word) & 8'hff);
        act_mem$1$write_address = ((bus$act_word) & 8'hff);
        acc_mem$1$read_address = ((bus$acc_read_word) & 8'hff);
        acc_mem$1$write_address = ((bus$acc_word) & 8'hff);
        acc_mem$1$write_data = $signed(bus$write_data);
        acc_mem$1$write_enable = bus$acc_lane_write$1;
        weight_mem$1$write_data = bus$weight_lane_data$1;
        weight_mem$1$write_enable = bus$weight_lane_write$1;
        act_mem$1$write_data = bus$act_lane_data$1;
        act_mem$1$write_enable = bus$act_lane_write$1;
        weight_tables$1$write$enable = tables$weight_write$enable;
        weight_tables$1$write$index = tables$weight_write$index;
        weight_tables$1$write$value = tables$weight_write$value;
        act_tables$1$write$enable = tables$act_write$enable;
        act_tables$1$write$index = tables$act_write$index;
        act_tables$1$write$value = tables$act_write$value;
        weight_tables$1$read_code = weight_mem$1$read_data;
        act_bits$1 = $unsigned(act_mem$1$read_data);
        act_tables$1$read_code = act_bits$1[(32'h0)+:(8)];
        out_stage$threshold_write$enable = tables$out_threshold_write$enable;
        out_stage$threshold_write$index = tables$out_threshold_write$index;
        out_stage$threshold_write$value = tables$out_threshold_write$value;
        out_stage$code_write$enable = tables$out_code_write$enable;
        out_stage$code_write$index = tables$out_code_write$index;
        out_stage$code_write$value = tables$out_code_write$value;
        param_scale$write_address = ((bus$param_channel) & 6'h3f);
        param_scale$write_data = bus$write_data[(32'h0)+:(22)];
        param_scale$write_enable = bus$write_scale;
        param_bias$write_address = ((bus$param_channel) & 6'h3f);
        param_bias$write_data = $signed(bus$write_data);
        param_bias$write_enable = bus$write_bias;
        if (loader$reading) begin
            weight_mem$0$address = loader$row;
            weight_mem$1$address = loader$row;
        end
        array$weight_in$0 = weight_tables$0$read_value;
        array$weight_in$1 = weight_tables$1$read_value;
        array$weight_load = loader$load;
        array$weight_load_bank = loader$load_bank;
        if (sequencer$matmul_issue) begin
            act_mem$0$read_address = stream$act_address;
            act_mem$1$read_address = stream$act_address;
        end
        stream$decoded$0 = act_tables$0$read_value;
        array$act_in$0 = stream$act$0;
        stream$decoded$1 = act_tables$1$read_value;
        array$act_in$1 = stream$act$1;
        array$act_valid = stream$valid;
        array$act_bank = stream$tag[32'h1e];
        array$in_tag = stream$tag;
        if (array$out_valid) begin
            acc_mem$0$read_address = ((array$out_tag) & 8'hff);
            acc_mem$1$read_address = ((array$out_tag) & 8'hff);
        end
        if (writer$write_enable) begin
            acc_mem$0$write_address = writer$write_address;
            acc_mem$0$write_data = writer$write_data$0;
            acc_mem$0$write_enable = 1'b1;
            acc_mem$1$write_address = writer$write_address;
            acc_mem$1$write_data = writer$write_data$1;
            acc_mem$1$write_enable = 1'b1;
        end
        if (post$issue) begin
            acc_mem$0$read_address = post$acc_address;
            acc_mem$1$read_address = post$acc_address;
        end
        param_scale$read_address = post$param_address;
        param_bias$read_address = post$param_address;
        out_stage$in_valid = post$stage_valid;
        out_stage$in_acc = post$stage_acc;
        out_stage$multiplier = $signed(param_scale$read_data[(32'h0)+:(16)]);
        out_stage$shift = param_scale$read_data[(32'h10)+:(6)];
        out_stage$bias = param_bias$read_data;
        out_stage$encode = post$encode;
        if (out_stage$out_valid) begin
            if (post$out_lane[0]) begin
                if (post$encode) begin
                    act_mem$0$write_address = ((post$out_vector) & 8'hff);
                    act_mem$0$write_data = $signed(((out_stage$out_word[(32'h0)+:(8)]) & 16'hffff));
                    act_mem$0$write_enable = 1'b1;
                end
                else begin
                    acc_mem$0$write_address = ((post$out_vector) & 8'hff);
                    acc_mem$0$write_data = $signed(out_stage$out_word);
                    acc_mem$0$write_enable = 1'b1;
                end
            end
            if (post$out_lane[1]) begin
                if (post$encode) begin
                    act_mem$1$write_address = ((post$out_vector) & 8'hff);
                    act_mem$1$write_data = $signed(((out_stage$out_word[(32'h0)+:(8)]) & 16'hffff));
                    act_mem$1$write_enable = 1'b1;
                end
                else begin
                    acc_mem$1$write_address = ((post$out_vector) & 8'hff);
                    acc_mem$1$write_data = $signed(out_stage$out_word);
                    acc_mem$1$write_enable = 1'b1;
                end
            end
        end
        if (alu_issue$read_act) begin
            act_mem$0$read_address = ((alu_issue$read_vector) & 8'hff);
        end
        if (alu_issue$read_acc) begin
            acc_mem$0$read_address = ((alu_issue$read_vector) & 8'hff);
        end
        if (alu_out_valid & (alu_issue$out_lane == 0)) begin
            act_mem$0$write_address = ((alu_issue$out_vector) & 8'hff);
            act_mem$0$write_data = $signed(alu_result[(32'h0)+:(16)]);
            act_mem$0$write_enable = 1'b1;
        end
        if (alu_issue$read_act) begin
            act_mem$1$read_address = ((alu_issue$read_vector) & 8'hff);
        end
        if (alu_issue$read_acc) begin
            acc_mem$1$read_address = ((alu_issue$read_vector) & 8'hff);
        end
        if (alu_out_valid & (alu_issue$out_lane == 1)) begin
            act_mem$1$write_address = ((alu_issue$out_vector) & 8'hff);
            act_mem$1$write_data = $signed(alu_result[(32'h0)+:(16)]);
            act_mem$1$write_enable = 1'b1;
        end
        if (tables$reading) begin
            act_mem$0$read_address = ((tables$read_vector) & 8'hff);
            acc_mem$0$read_address = ((tables$read_vector) & 8'hff);
            act_mem$1$read_address = ((tables$read_vector) & 8'hff);
            acc_mem$1$read_address = ((tables$read_vector) & 8'hff);
        end
    end
    
endmodule // qins_board_up5k_sim$accel


module qins_board_up5k_sim$accel$acc_mem$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$accel$acc_mem$0


module qins_board_up5k_sim$accel$acc_mem$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$accel$acc_mem$1


module qins_board_up5k_sim$accel$act_mem$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$accel$act_mem$0


module qins_board_up5k_sim$accel$act_mem$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$accel$act_mem$1


module qins_board_up5k_sim$accel$act_tables$0(clock,read_code,read_value,write$enable,write$index,write$value);
    
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
    qins_board_up5k_sim$accel$act_tables$0$memory memory(
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
    
endmodule // qins_board_up5k_sim$accel$act_tables$0


module qins_board_up5k_sim$accel$act_tables$0$memory(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // qins_board_up5k_sim$accel$act_tables$0$memory


module qins_board_up5k_sim$accel$act_tables$1(clock,read_code,read_value,write$enable,write$index,write$value);
    
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
    qins_board_up5k_sim$accel$act_tables$1$memory memory(
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
    
endmodule // qins_board_up5k_sim$accel$act_tables$1


module qins_board_up5k_sim$accel$act_tables$1$memory(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // qins_board_up5k_sim$accel$act_tables$1$memory


module qins_board_up5k_sim$accel$alu_issue(clock,start,command$0,command$1,command$2,command$3,active,lane_shift,lane_mask,act_read$0,act_read$1,acc_read$0,acc_read$1,result_valid,read_act,read_acc,read_vector,issue,a,b,out_vector,out_lane,idle,finished);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [31:0] command$0;
    input wire  [31:0] command$1;
    input wire  [31:0] command$2;
    input wire  [31:0] command$3;
    input wire  active;
    input wire  [7:0] lane_shift;
    input wire  [23:0] lane_mask;
    input wire signed [15:0] act_read$0;
    input wire signed [15:0] act_read$1;
    input wire signed [31:0] acc_read$0;
    input wire signed [31:0] acc_read$1;
    input wire  result_valid;
    output reg  read_act;
    output reg  read_acc;
    output reg  [23:0] read_vector;
    output reg  issue;
    output reg  [31:0] a;
    output reg  [31:0] b;
    output reg  [23:0] out_vector;
    output reg  [23:0] out_lane;
    output reg  idle;
    output reg  finished;
    
    // Stub signals
    reg  [23:0] a_address$d;
    wire  [23:0] a_address$q;
    reg  a_address$clock;
    reg  [23:0] b_address$d;
    wire  [23:0] b_address$q;
    reg  b_address$clock;
    reg  [15:0] left$d;
    wire  [15:0] left$q;
    reg  left$clock;
    reg  left_nonzero$d;
    wire  left_nonzero$q;
    reg  left_nonzero$clock;
    reg  phase$d;
    wire  phase$q;
    reg  phase$clock;
    reg  [23:0] lane$d;
    wire  [23:0] lane$q;
    reg  lane$clock;
    reg  [23:0] lane_held$d;
    wire  [23:0] lane_held$q;
    reg  lane_held$clock;
    reg signed [15:0] act_held$0$d;
    wire signed [15:0] act_held$0$q;
    reg  act_held$0$clock;
    reg signed [15:0] act_held$1$d;
    wire signed [15:0] act_held$1$q;
    reg  act_held$1$clock;
    reg signed [31:0] acc_held$0$d;
    wire signed [31:0] acc_held$0$q;
    reg  acc_held$0$clock;
    reg signed [31:0] acc_held$1$d;
    wire signed [31:0] acc_held$1$q;
    reg  acc_held$1$clock;
    reg  [31:0] a_value$d;
    wire  [31:0] a_value$q;
    reg  a_value$clock;
    reg  a_read$d;
    wire  a_read$q;
    reg  a_read$clock;
    reg  a_due$d;
    wire  a_due$q;
    reg  a_due$clock;
    reg  b_read$d;
    wire  b_read$q;
    reg  b_read$clock;
    reg  b_due$d;
    wire  b_due$q;
    reg  b_due$clock;
    reg  encode$d;
    wire  encode$q;
    reg  encode$clock;
    reg  outstanding$clock;
    reg  outstanding$up;
    reg  outstanding$down;
    wire  [15:0] outstanding$level;
    wire  outstanding$nonzero;
    reg  [23:0] destination$d;
    wire  [23:0] destination$q;
    reg  destination$clock;
    
    // Local signals
    reg  pending;
    reg signed [15:0] read16;
    reg signed [31:0] read32;
    reg  [31:0] value;
    
    // Sub module instances
    qins_board_up5k_sim$accel$alu_issue$a_address a_address(
        .d(a_address$d),
        .q(a_address$q),
        .clock(a_address$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$b_address b_address(
        .d(b_address$d),
        .q(b_address$q),
        .clock(b_address$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$left_nonzero left_nonzero(
        .d(left_nonzero$d),
        .q(left_nonzero$q),
        .clock(left_nonzero$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$lane lane(
        .d(lane$d),
        .q(lane$q),
        .clock(lane$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$lane_held lane_held(
        .d(lane_held$d),
        .q(lane_held$q),
        .clock(lane_held$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$act_held$0 act_held$0(
        .d(act_held$0$d),
        .q(act_held$0$q),
        .clock(act_held$0$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$act_held$1 act_held$1(
        .d(act_held$1$d),
        .q(act_held$1$q),
        .clock(act_held$1$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$acc_held$0 acc_held$0(
        .d(acc_held$0$d),
        .q(acc_held$0$q),
        .clock(acc_held$0$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$acc_held$1 acc_held$1(
        .d(acc_held$1$d),
        .q(acc_held$1$q),
        .clock(acc_held$1$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$a_value a_value(
        .d(a_value$d),
        .q(a_value$q),
        .clock(a_value$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$a_read a_read(
        .d(a_read$d),
        .q(a_read$q),
        .clock(a_read$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$a_due a_due(
        .d(a_due$d),
        .q(a_due$q),
        .clock(a_due$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$b_read b_read(
        .d(b_read$d),
        .q(b_read$q),
        .clock(b_read$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$b_due b_due(
        .d(b_due$d),
        .q(b_due$q),
        .clock(b_due$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$encode encode(
        .d(encode$d),
        .q(encode$q),
        .clock(encode$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$outstanding outstanding(
        .clock(outstanding$clock),
        .up(outstanding$up),
        .down(outstanding$down),
        .level(outstanding$level),
        .nonzero(outstanding$nonzero)
    );
    qins_board_up5k_sim$accel$alu_issue$destination destination(
        .d(destination$d),
        .q(destination$q),
        .clock(destination$clock)
    );
    
    // Update code
    always @(*) begin
        a_address$clock = clock;
        b_address$clock = clock;
        left$clock = clock;
        left_nonzero$clock = clock;
        phase$clock = clock;
        lane$clock = clock;
        lane_held$clock = clock;
        a_value$clock = clock;
        a_read$clock = clock;
        a_due$clock = clock;
        b_read$clock = clock;
        b_due$clock = clock;
        encode$clock = clock;
        destination$clock = clock;
        a_address$d = a_address$q;
        b_address$d = b_address$q;
        left$d = left$q;
        left_nonzero$d = left_nonzero$q;
        phase$d = phase$q;
        lane$d = lane$q;
        lane_held$d = lane_held$q;
        a_value$d = a_value$q;
        a_read$d = a_read$q;
        a_due$d = a_due$q;
        b_read$d = b_read$q;
        b_due$d = b_due$q;
        encode$d = encode$q;
        destination$d = destination$q;
        outstanding$clock = clock;
        if (start) begin
            a_address$d = command$1[(32'h0)+:(24)];
            b_address$d = command$2[(32'h0)+:(24)];
            destination$d = command$3[(32'h0)+:(24)];
            left$d = command$0[(32'h10)+:(16)];
            left_nonzero$d = command$0[(32'h10)+:(16)] != 32'h0;
            phase$d = 1'b0;
            encode$d = command$0[(32'h8)+:(4)] == 32'h7;
        end
        act_held$0$clock = clock;
        acc_held$0$clock = clock;
        act_held$0$d = act_read$0;
        acc_held$0$d = acc_read$0;
        act_held$1$clock = clock;
        acc_held$1$clock = clock;
        act_held$1$d = act_read$1;
        acc_held$1$d = acc_read$1;
        lane_held$d = lane$q;
        read16 = 32'h0;
        read32 = 32'h0;
        if (lane_held$q == 0) begin
            read16 = act_held$0$q;
            read32 = acc_held$0$q;
        end
        if (lane_held$q == 1) begin
            read16 = act_held$1$q;
            read32 = acc_held$1$q;
        end
        value = (($unsigned(read16)) & 32'hffffffff);
        if (encode$q & a_due$q) begin
            value = $unsigned(read32);
        end
        a_read$d = 1'b0;
        b_read$d = 1'b0;
        a_due$d = a_read$q;
        b_due$d = b_read$q;
        if (a_due$q) begin
            a_value$d = value;
        end
        issue = b_due$q;
        read_act = 1'b0;
        read_acc = 1'b0;
        read_vector = a_address$q >> lane_shift;
        if (active) begin
            if (~phase$q) begin
                if (left_nonzero$q) begin
                    read_act = 1'b1;
                    read_acc = 1'b1;
                    lane$d = a_address$q & lane_mask;
                    a_read$d = 1'b1;
                    phase$d = 1'b1;
                end
            end
            else begin
                read_act = 1'b1;
                read_vector = b_address$q >> lane_shift;
                lane$d = b_address$q & lane_mask;
                b_read$d = 1'b1;
                a_address$d = a_address$q + 32'h1;
                b_address$d = b_address$q + 32'h1;
                left$d = left$q - 32'h1;
                left_nonzero$d = left$q != 32'h1;
                phase$d = 1'b0;
            end
        end
        pending = a_read$q | a_due$q | b_read$q | b_due$q;
        a = a_value$q;
        b = value;
        outstanding$up = issue;
        outstanding$down = result_valid;
        if (result_valid) begin
            destination$d = destination$q + 32'h1;
        end
        out_vector = destination$q >> lane_shift;
        out_lane = destination$q & lane_mask;
        idle = ~pending & ~outstanding$nonzero;
        finished = ~left_nonzero$q & ~pending & ~outstanding$nonzero;
    end
    
endmodule // qins_board_up5k_sim$accel$alu_issue


module qins_board_up5k_sim$accel$alu_issue$a_address(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$alu_issue$a_address


module qins_board_up5k_sim$accel$alu_issue$a_due(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$a_due


module qins_board_up5k_sim$accel$alu_issue$a_read(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$a_read


module qins_board_up5k_sim$accel$alu_issue$a_value(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$a_value


module qins_board_up5k_sim$accel$alu_issue$acc_held$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$acc_held$0


module qins_board_up5k_sim$accel$alu_issue$acc_held$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$acc_held$1


module qins_board_up5k_sim$accel$alu_issue$act_held$0(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$alu_issue$act_held$0


module qins_board_up5k_sim$accel$alu_issue$act_held$1(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$alu_issue$act_held$1


module qins_board_up5k_sim$accel$alu_issue$b_address(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$alu_issue$b_address


module qins_board_up5k_sim$accel$alu_issue$b_due(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$b_due


module qins_board_up5k_sim$accel$alu_issue$b_read(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$b_read


module qins_board_up5k_sim$accel$alu_issue$destination(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$alu_issue$destination


module qins_board_up5k_sim$accel$alu_issue$encode(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$encode


module qins_board_up5k_sim$accel$alu_issue$lane(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$alu_issue$lane


module qins_board_up5k_sim$accel$alu_issue$lane_held(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$alu_issue$lane_held


module qins_board_up5k_sim$accel$alu_issue$left(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$left


module qins_board_up5k_sim$accel$alu_issue$left_nonzero(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$left_nonzero


module qins_board_up5k_sim$accel$alu_issue$outstanding(clock,up,down,level,nonzero);
    
    // Module arguments
    input wire  clock;
    input wire  up;
    input wire  down;
    output reg  [15:0] level;
    output reg  nonzero;
    
    // Stub signals
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  any$d;
    wire  any$q;
    reg  any$clock;
    
    // Sub module instances
    qins_board_up5k_sim$accel$alu_issue$outstanding$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    qins_board_up5k_sim$accel$alu_issue$outstanding$any any(
        .d(any$d),
        .q(any$q),
        .clock(any$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        any$clock = clock;
        count$d = count$q;
        any$d = any$q;
        if (up & ~down) begin
            count$d = count$q + 32'h1;
            any$d = 1'b1;
        end
        if (down & ~up) begin
            count$d = count$q - 32'h1;
            any$d = count$q != 32'h1;
        end
        level = count$q;
        nonzero = any$q;
    end
    
endmodule // qins_board_up5k_sim$accel$alu_issue$outstanding


module qins_board_up5k_sim$accel$alu_issue$outstanding$any(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$outstanding$any


module qins_board_up5k_sim$accel$alu_issue$outstanding$count(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$outstanding$count


module qins_board_up5k_sim$accel$alu_issue$phase(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$alu_issue$phase


module qins_board_up5k_sim$accel$array(clock,act_in$0,act_in$1,act_valid,act_bank,in_tag,weight_in$0,weight_in$1,weight_load,weight_load_bank,result$0,result$1,out_valid,out_tag,early_valid,early_tag);
    
    // Module arguments
    input wire  clock;
    input wire signed [15:0] act_in$0;
    input wire signed [15:0] act_in$1;
    input wire  act_valid;
    input wire  act_bank;
    input wire  [31:0] in_tag;
    input wire signed [15:0] weight_in$0;
    input wire signed [15:0] weight_in$1;
    input wire  weight_load;
    input wire  weight_load_bank;
    output reg signed [31:0] result$0;
    output reg signed [31:0] result$1;
    output reg  out_valid;
    output reg  [31:0] out_tag;
    output reg  early_valid;
    output reg  [31:0] early_tag;
    
    // Stub signals
    reg  pe$0$clock;
    reg signed [15:0] pe$0$act_in;
    reg  pe$0$act_valid_in;
    reg  pe$0$act_bank_in;
    wire signed [15:0] pe$0$act_out;
    wire  pe$0$act_valid_out;
    wire  pe$0$act_bank_out;
    reg signed [31:0] pe$0$psum_in;
    wire signed [31:0] pe$0$psum_out;
    reg signed [15:0] pe$0$weight_in;
    reg  pe$0$weight_load;
    reg  pe$0$weight_load_bank;
    wire signed [15:0] pe$0$weight_out;
    reg  pe$1$clock;
    reg signed [15:0] pe$1$act_in;
    reg  pe$1$act_valid_in;
    reg  pe$1$act_bank_in;
    wire signed [15:0] pe$1$act_out;
    wire  pe$1$act_valid_out;
    wire  pe$1$act_bank_out;
    reg signed [31:0] pe$1$psum_in;
    wire signed [31:0] pe$1$psum_out;
    reg signed [15:0] pe$1$weight_in;
    reg  pe$1$weight_load;
    reg  pe$1$weight_load_bank;
    wire signed [15:0] pe$1$weight_out;
    reg  pe$2$clock;
    reg signed [15:0] pe$2$act_in;
    reg  pe$2$act_valid_in;
    reg  pe$2$act_bank_in;
    wire signed [15:0] pe$2$act_out;
    wire  pe$2$act_valid_out;
    wire  pe$2$act_bank_out;
    reg signed [31:0] pe$2$psum_in;
    wire signed [31:0] pe$2$psum_out;
    reg signed [15:0] pe$2$weight_in;
    reg  pe$2$weight_load;
    reg  pe$2$weight_load_bank;
    wire signed [15:0] pe$2$weight_out;
    reg  pe$3$clock;
    reg signed [15:0] pe$3$act_in;
    reg  pe$3$act_valid_in;
    reg  pe$3$act_bank_in;
    wire signed [15:0] pe$3$act_out;
    wire  pe$3$act_valid_out;
    wire  pe$3$act_bank_out;
    reg signed [31:0] pe$3$psum_in;
    wire signed [31:0] pe$3$psum_out;
    reg signed [15:0] pe$3$weight_in;
    reg  pe$3$weight_load;
    reg  pe$3$weight_load_bank;
    wire signed [15:0] pe$3$weight_out;
    reg signed [15:0] skew_act$0$d;
    wire signed [15:0] skew_act$0$q;
    reg  skew_act$0$clock;
    reg signed [15:0] skew_act$1$d;
    wire signed [15:0] skew_act$1$q;
    reg  skew_act$1$clock;
    reg signed [15:0] skew_act$2$d;
    wire signed [15:0] skew_act$2$q;
    reg  skew_act$2$clock;
    reg signed [15:0] skew_act$3$d;
    wire signed [15:0] skew_act$3$q;
    reg  skew_act$3$clock;
    reg  skew_valid$0$d;
    wire  skew_valid$0$q;
    reg  skew_valid$0$clock;
    reg  skew_valid$1$d;
    wire  skew_valid$1$q;
    reg  skew_valid$1$clock;
    reg  skew_valid$2$d;
    wire  skew_valid$2$q;
    reg  skew_valid$2$clock;
    reg  skew_valid$3$d;
    wire  skew_valid$3$q;
    reg  skew_valid$3$clock;
    reg  skew_bank$0$d;
    wire  skew_bank$0$q;
    reg  skew_bank$0$clock;
    reg  skew_bank$1$d;
    wire  skew_bank$1$q;
    reg  skew_bank$1$clock;
    reg  skew_bank$2$d;
    wire  skew_bank$2$q;
    reg  skew_bank$2$clock;
    reg  skew_bank$3$d;
    wire  skew_bank$3$q;
    reg  skew_bank$3$clock;
    reg signed [31:0] deskew$0$d;
    wire signed [31:0] deskew$0$q;
    reg  deskew$0$clock;
    reg signed [31:0] deskew$1$d;
    wire signed [31:0] deskew$1$q;
    reg  deskew$1$clock;
    reg signed [31:0] deskew$2$d;
    wire signed [31:0] deskew$2$q;
    reg  deskew$2$clock;
    reg signed [31:0] deskew$3$d;
    wire signed [31:0] deskew$3$q;
    reg  deskew$3$clock;
    reg  [31:0] tag_line$0$d;
    wire  [31:0] tag_line$0$q;
    reg  tag_line$0$clock;
    reg  [31:0] tag_line$1$d;
    wire  [31:0] tag_line$1$q;
    reg  tag_line$1$clock;
    reg  [31:0] tag_line$2$d;
    wire  [31:0] tag_line$2$q;
    reg  tag_line$2$clock;
    reg  [31:0] tag_line$3$d;
    wire  [31:0] tag_line$3$q;
    reg  tag_line$3$clock;
    reg  out_valid_late$d;
    wire  out_valid_late$q;
    reg  out_valid_late$clock;
    
    // Sub module instances
    qins_board_up5k_sim$accel$array$pe$0 pe$0(
        .clock(pe$0$clock),
        .act_in(pe$0$act_in),
        .act_valid_in(pe$0$act_valid_in),
        .act_bank_in(pe$0$act_bank_in),
        .act_out(pe$0$act_out),
        .act_valid_out(pe$0$act_valid_out),
        .act_bank_out(pe$0$act_bank_out),
        .psum_in(pe$0$psum_in),
        .psum_out(pe$0$psum_out),
        .weight_in(pe$0$weight_in),
        .weight_load(pe$0$weight_load),
        .weight_load_bank(pe$0$weight_load_bank),
        .weight_out(pe$0$weight_out)
    );
    qins_board_up5k_sim$accel$array$pe$1 pe$1(
        .clock(pe$1$clock),
        .act_in(pe$1$act_in),
        .act_valid_in(pe$1$act_valid_in),
        .act_bank_in(pe$1$act_bank_in),
        .act_out(pe$1$act_out),
        .act_valid_out(pe$1$act_valid_out),
        .act_bank_out(pe$1$act_bank_out),
        .psum_in(pe$1$psum_in),
        .psum_out(pe$1$psum_out),
        .weight_in(pe$1$weight_in),
        .weight_load(pe$1$weight_load),
        .weight_load_bank(pe$1$weight_load_bank),
        .weight_out(pe$1$weight_out)
    );
    qins_board_up5k_sim$accel$array$pe$2 pe$2(
        .clock(pe$2$clock),
        .act_in(pe$2$act_in),
        .act_valid_in(pe$2$act_valid_in),
        .act_bank_in(pe$2$act_bank_in),
        .act_out(pe$2$act_out),
        .act_valid_out(pe$2$act_valid_out),
        .act_bank_out(pe$2$act_bank_out),
        .psum_in(pe$2$psum_in),
        .psum_out(pe$2$psum_out),
        .weight_in(pe$2$weight_in),
        .weight_load(pe$2$weight_load),
        .weight_load_bank(pe$2$weight_load_bank),
        .weight_out(pe$2$weight_out)
    );
    qins_board_up5k_sim$accel$array$pe$3 pe$3(
        .clock(pe$3$clock),
        .act_in(pe$3$act_in),
        .act_valid_in(pe$3$act_valid_in),
        .act_bank_in(pe$3$act_bank_in),
        .act_out(pe$3$act_out),
        .act_valid_out(pe$3$act_valid_out),
        .act_bank_out(pe$3$act_bank_out),
        .psum_in(pe$3$psum_in),
        .psum_out(pe$3$psum_out),
        .weight_in(pe$3$weight_in),
        .weight_load(pe$3$weight_load),
        .weight_load_bank(pe$3$weight_load_bank),
        .weight_out(pe$3$weight_out)
    );
    qins_board_up5k_sim$accel$array$skew_act$0 skew_act$0(
        .d(skew_act$0$d),
        .q(skew_act$0$q),
        .clock(skew_act$0$clock)
    );
    qins_board_up5k_sim$accel$array$skew_act$1 skew_act$1(
        .d(skew_act$1$d),
        .q(skew_act$1$q),
        .clock(skew_act$1$clock)
    );
    qins_board_up5k_sim$accel$array$skew_act$2 skew_act$2(
        .d(skew_act$2$d),
        .q(skew_act$2$q),
        .clock(skew_act$2$clock)
    );
    qins_board_up5k_sim$accel$array$skew_act$3 skew_act$3(
        .d(skew_act$3$d),
        .q(skew_act$3$q),
        .clock(skew_act$3$clock)
    );
    qins_board_up5k_sim$accel$array$skew_valid$0 skew_valid$0(
        .d(skew_valid$0$d),
        .q(skew_valid$0$q),
        .clock(skew_valid$0$clock)
    );
    qins_board_up5k_sim$accel$array$skew_valid$1 skew_valid$1(
        .d(skew_valid$1$d),
        .q(skew_valid$1$q),
        .clock(skew_valid$1$clock)
    );
    qins_board_up5k_sim$accel$array$skew_valid$2 skew_valid$2(
        .d(skew_valid$2$d),
        .q(skew_valid$2$q),
        .clock(skew_valid$2$clock)
    );
    qins_board_up5k_sim$accel$array$skew_valid$3 skew_valid$3(
        .d(skew_valid$3$d),
        .q(skew_valid$3$q),
        .clock(skew_valid$3$clock)
    );
    qins_board_up5k_sim$accel$array$skew_bank$0 skew_bank$0(
        .d(skew_bank$0$d),
        .q(skew_bank$0$q),
        .clock(skew_bank$0$clock)
    );
    qins_board_up5k_sim$accel$array$skew_bank$1 skew_bank$1(
        .d(skew_bank$1$d),
        .q(skew_bank$1$q),
        .clock(skew_bank$1$clock)
    );
    qins_board_up5k_sim$accel$array$skew_bank$2 skew_bank$2(
        .d(skew_bank$2$d),
        .q(skew_bank$2$q),
        .clock(skew_bank$2$clock)
    );
    qins_board_up5k_sim$accel$array$skew_bank$3 skew_bank$3(
        .d(skew_bank$3$d),
        .q(skew_bank$3$q),
        .clock(skew_bank$3$clock)
    );
    qins_board_up5k_sim$accel$array$deskew$0 deskew$0(
        .d(deskew$0$d),
        .q(deskew$0$q),
        .clock(deskew$0$clock)
    );
    qins_board_up5k_sim$accel$array$deskew$1 deskew$1(
        .d(deskew$1$d),
        .q(deskew$1$q),
        .clock(deskew$1$clock)
    );
    qins_board_up5k_sim$accel$array$deskew$2 deskew$2(
        .d(deskew$2$d),
        .q(deskew$2$q),
        .clock(deskew$2$clock)
    );
    qins_board_up5k_sim$accel$array$deskew$3 deskew$3(
        .d(deskew$3$d),
        .q(deskew$3$q),
        .clock(deskew$3$clock)
    );
    qins_board_up5k_sim$accel$array$tag_line$0 tag_line$0(
        .d(tag_line$0$d),
        .q(tag_line$0$q),
        .clock(tag_line$0$clock)
    );
    qins_board_up5k_sim$accel$array$tag_line$1 tag_line$1(
        .d(tag_line$1$d),
        .q(tag_line$1$q),
        .clock(tag_line$1$clock)
    );
    qins_board_up5k_sim$accel$array$tag_line$2 tag_line$2(
        .d(tag_line$2$d),
        .q(tag_line$2$q),
        .clock(tag_line$2$clock)
    );
    qins_board_up5k_sim$accel$array$tag_line$3 tag_line$3(
        .d(tag_line$3$d),
        .q(tag_line$3$q),
        .clock(tag_line$3$clock)
    );
    qins_board_up5k_sim$accel$array$out_valid_late out_valid_late(
        .d(out_valid_late$d),
        .q(out_valid_late$q),
        .clock(out_valid_late$clock)
    );
    
    // Update code
    always @(*) begin
        pe$0$clock = clock;
        skew_act$0$clock = clock;
        skew_valid$0$clock = clock;
        skew_bank$0$clock = clock;
        deskew$0$clock = clock;
        pe$1$clock = clock;
        skew_act$1$clock = clock;
        skew_valid$1$clock = clock;
        skew_bank$1$clock = clock;
        deskew$1$clock = clock;
        pe$2$clock = clock;
        skew_act$2$clock = clock;
        skew_valid$2$clock = clock;
        skew_bank$2$clock = clock;
        deskew$2$clock = clock;
        pe$3$clock = clock;
        skew_act$3$clock = clock;
        skew_valid$3$clock = clock;
        skew_bank$3$clock = clock;
        deskew$3$clock = clock;
        tag_line$0$clock = clock;
        tag_line$1$clock = clock;
        tag_line$2$clock = clock;
        tag_line$3$clock = clock;
        out_valid_late$clock = clock;
        tag_line$0$d = in_tag;
        tag_line$1$d = tag_line$0$q;
        tag_line$2$d = tag_line$1$q;
        tag_line$3$d = tag_line$2$q;
        out_tag = tag_line$3$q;
        early_tag = tag_line$2$q;
        skew_act$0$d = act_in$0;
        skew_valid$0$d = act_valid;
        skew_bank$0$d = act_bank;
        skew_act$1$d = skew_act$0$q;
        skew_valid$1$d = skew_valid$0$q;
        skew_bank$1$d = skew_bank$0$q;
        skew_act$2$d = act_in$1;
        skew_valid$2$d = act_valid;
        skew_bank$2$d = act_bank;
        skew_act$3$d = skew_act$2$q;
        skew_valid$3$d = skew_valid$2$q;
        skew_bank$3$d = skew_bank$2$q;
        pe$0$act_in = act_in$0;
        pe$0$act_valid_in = act_valid;
        pe$0$act_bank_in = act_bank;
        pe$2$act_in = skew_act$2$q;
        pe$2$act_valid_in = skew_valid$2$q;
        pe$2$act_bank_in = skew_bank$2$q;
        pe$1$act_in = pe$0$act_out;
        pe$1$act_valid_in = pe$0$act_valid_out;
        pe$1$act_bank_in = pe$0$act_bank_out;
        pe$3$act_in = pe$2$act_out;
        pe$3$act_valid_in = pe$2$act_valid_out;
        pe$3$act_bank_in = pe$2$act_bank_out;
        pe$0$psum_in = 32'h0;
        pe$0$weight_in = weight_in$0;
        pe$1$psum_in = 32'h0;
        pe$1$weight_in = weight_in$1;
        pe$2$psum_in = pe$0$psum_out;
        pe$2$weight_in = pe$0$weight_out;
        pe$3$psum_in = pe$1$psum_out;
        pe$3$weight_in = pe$1$weight_out;
        pe$0$weight_load = weight_load;
        pe$0$weight_load_bank = weight_load_bank;
        pe$1$weight_load = weight_load;
        pe$1$weight_load_bank = weight_load_bank;
        pe$2$weight_load = weight_load;
        pe$2$weight_load_bank = weight_load_bank;
        pe$3$weight_load = weight_load;
        pe$3$weight_load_bank = weight_load_bank;
        deskew$0$d = pe$2$psum_out;
        deskew$1$d = deskew$0$q;
        deskew$2$d = pe$3$psum_out;
        deskew$3$d = deskew$2$q;
        result$0 = deskew$0$q;
        result$1 = pe$3$psum_out;
        out_valid_late$d = pe$3$act_valid_out;
        out_valid = out_valid_late$q;
        early_valid = pe$3$act_valid_out;
    end
    
endmodule // qins_board_up5k_sim$accel$array


module qins_board_up5k_sim$accel$array$deskew$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$deskew$0


module qins_board_up5k_sim$accel$array$deskew$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$deskew$1


module qins_board_up5k_sim$accel$array$deskew$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$deskew$2


module qins_board_up5k_sim$accel$array$deskew$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$deskew$3


module qins_board_up5k_sim$accel$array$out_valid_late(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$out_valid_late


module qins_board_up5k_sim$accel$array$pe$0(clock,act_in,act_valid_in,act_bank_in,act_out,act_valid_out,act_bank_out,psum_in,psum_out,weight_in,weight_load,weight_load_bank,weight_out);
    
    // Module arguments
    input wire  clock;
    input wire signed [15:0] act_in;
    input wire  act_valid_in;
    input wire  act_bank_in;
    output reg signed [15:0] act_out;
    output reg  act_valid_out;
    output reg  act_bank_out;
    input wire signed [31:0] psum_in;
    output reg signed [31:0] psum_out;
    input wire signed [15:0] weight_in;
    input wire  weight_load;
    input wire  weight_load_bank;
    output reg signed [15:0] weight_out;
    
    // Stub signals
    reg signed [15:0] act$d;
    wire signed [15:0] act$q;
    reg  act$clock;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    reg  bank$d;
    wire  bank$q;
    reg  bank$clock;
    reg signed [31:0] psum$d;
    wire signed [31:0] psum$q;
    reg  psum$clock;
    reg signed [31:0] product$d;
    wire signed [31:0] product$q;
    reg  product$clock;
    reg  product_valid$d;
    wire  product_valid$q;
    reg  product_valid$clock;
    reg signed [15:0] bank0$d;
    wire signed [15:0] bank0$q;
    reg  bank0$clock;
    reg signed [15:0] bank1$d;
    wire signed [15:0] bank1$q;
    reg  bank1$clock;
    
    // Local signals
    reg signed [15:0] weight;
    
    // Sub module instances
    qins_board_up5k_sim$accel$array$pe$0$act act(
        .d(act$d),
        .q(act$q),
        .clock(act$clock)
    );
    qins_board_up5k_sim$accel$array$pe$0$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    qins_board_up5k_sim$accel$array$pe$0$bank bank(
        .d(bank$d),
        .q(bank$q),
        .clock(bank$clock)
    );
    qins_board_up5k_sim$accel$array$pe$0$psum psum(
        .d(psum$d),
        .q(psum$q),
        .clock(psum$clock)
    );
    qins_board_up5k_sim$accel$array$pe$0$product product(
        .d(product$d),
        .q(product$q),
        .clock(product$clock)
    );
    qins_board_up5k_sim$accel$array$pe$0$product_valid product_valid(
        .d(product_valid$d),
        .q(product_valid$q),
        .clock(product_valid$clock)
    );
    qins_board_up5k_sim$accel$array$pe$0$bank0 bank0(
        .d(bank0$d),
        .q(bank0$q),
        .clock(bank0$clock)
    );
    qins_board_up5k_sim$accel$array$pe$0$bank1 bank1(
        .d(bank1$d),
        .q(bank1$q),
        .clock(bank1$clock)
    );
    
    // Update code
    always @(*) begin
        act$clock = clock;
        valid$clock = clock;
        bank$clock = clock;
        psum$clock = clock;
        product$clock = clock;
        product_valid$clock = clock;
        bank0$clock = clock;
        bank1$clock = clock;
        act$d = act$q;
        valid$d = valid$q;
        bank$d = bank$q;
        psum$d = psum$q;
        product$d = product$q;
        product_valid$d = product_valid$q;
        bank0$d = bank0$q;
        bank1$d = bank1$q;
        act$d = act_in;
        valid$d = act_valid_in;
        bank$d = act_bank_in;
        act_out = act$q;
        act_valid_out = valid$q;
        act_bank_out = bank$q;
        weight = bank0$q;
        if (act_bank_in) begin
            weight = bank1$q;
        end
        product$d = act_in * weight;
        product_valid$d = act_valid_in;
        psum$d = psum_in;
        if (product_valid$q) begin
            psum$d = psum_in + product$q;
        end
        psum_out = psum$q;
        weight_out = bank0$q;
        if (weight_load_bank) begin
            weight_out = bank1$q;
        end
        if (weight_load) begin
            if (weight_load_bank) begin
                bank1$d = weight_in;
            end
            else begin
                bank0$d = weight_in;
            end
        end
    end
    
endmodule // qins_board_up5k_sim$accel$array$pe$0


module qins_board_up5k_sim$accel$array$pe$0$act(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$0$act


module qins_board_up5k_sim$accel$array$pe$0$bank(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$0$bank


module qins_board_up5k_sim$accel$array$pe$0$bank0(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$0$bank0


module qins_board_up5k_sim$accel$array$pe$0$bank1(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$0$bank1


module qins_board_up5k_sim$accel$array$pe$0$product(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$0$product


module qins_board_up5k_sim$accel$array$pe$0$product_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$0$product_valid


module qins_board_up5k_sim$accel$array$pe$0$psum(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$0$psum


module qins_board_up5k_sim$accel$array$pe$0$valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$0$valid


module qins_board_up5k_sim$accel$array$pe$1(clock,act_in,act_valid_in,act_bank_in,act_out,act_valid_out,act_bank_out,psum_in,psum_out,weight_in,weight_load,weight_load_bank,weight_out);
    
    // Module arguments
    input wire  clock;
    input wire signed [15:0] act_in;
    input wire  act_valid_in;
    input wire  act_bank_in;
    output reg signed [15:0] act_out;
    output reg  act_valid_out;
    output reg  act_bank_out;
    input wire signed [31:0] psum_in;
    output reg signed [31:0] psum_out;
    input wire signed [15:0] weight_in;
    input wire  weight_load;
    input wire  weight_load_bank;
    output reg signed [15:0] weight_out;
    
    // Stub signals
    reg signed [15:0] act$d;
    wire signed [15:0] act$q;
    reg  act$clock;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    reg  bank$d;
    wire  bank$q;
    reg  bank$clock;
    reg signed [31:0] psum$d;
    wire signed [31:0] psum$q;
    reg  psum$clock;
    reg signed [31:0] product$d;
    wire signed [31:0] product$q;
    reg  product$clock;
    reg  product_valid$d;
    wire  product_valid$q;
    reg  product_valid$clock;
    reg signed [15:0] bank0$d;
    wire signed [15:0] bank0$q;
    reg  bank0$clock;
    reg signed [15:0] bank1$d;
    wire signed [15:0] bank1$q;
    reg  bank1$clock;
    
    // Local signals
    reg signed [15:0] weight;
    
    // Sub module instances
    qins_board_up5k_sim$accel$array$pe$1$act act(
        .d(act$d),
        .q(act$q),
        .clock(act$clock)
    );
    qins_board_up5k_sim$accel$array$pe$1$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    qins_board_up5k_sim$accel$array$pe$1$bank bank(
        .d(bank$d),
        .q(bank$q),
        .clock(bank$clock)
    );
    qins_board_up5k_sim$accel$array$pe$1$psum psum(
        .d(psum$d),
        .q(psum$q),
        .clock(psum$clock)
    );
    qins_board_up5k_sim$accel$array$pe$1$product product(
        .d(product$d),
        .q(product$q),
        .clock(product$clock)
    );
    qins_board_up5k_sim$accel$array$pe$1$product_valid product_valid(
        .d(product_valid$d),
        .q(product_valid$q),
        .clock(product_valid$clock)
    );
    qins_board_up5k_sim$accel$array$pe$1$bank0 bank0(
        .d(bank0$d),
        .q(bank0$q),
        .clock(bank0$clock)
    );
    qins_board_up5k_sim$accel$array$pe$1$bank1 bank1(
        .d(bank1$d),
        .q(bank1$q),
        .clock(bank1$clock)
    );
    
    // Update code
    always @(*) begin
        act$clock = clock;
        valid$clock = clock;
        bank$clock = clock;
        psum$clock = clock;
        product$clock = clock;
        product_valid$clock = clock;
        bank0$clock = clock;
        bank1$clock = clock;
        act$d = act$q;
        valid$d = valid$q;
        bank$d = bank$q;
        psum$d = psum$q;
        product$d = product$q;
        product_valid$d = product_valid$q;
        bank0$d = bank0$q;
        bank1$d = bank1$q;
        act$d = act_in;
        valid$d = act_valid_in;
        bank$d = act_bank_in;
        act_out = act$q;
        act_valid_out = valid$q;
        act_bank_out = bank$q;
        weight = bank0$q;
        if (act_bank_in) begin
            weight = bank1$q;
        end
        product$d = act_in * weight;
        product_valid$d = act_valid_in;
        psum$d = psum_in;
        if (product_valid$q) begin
            psum$d = psum_in + product$q;
        end
        psum_out = psum$q;
        weight_out = bank0$q;
        if (weight_load_bank) begin
            weight_out = bank1$q;
        end
        if (weight_load) begin
            if (weight_load_bank) begin
                bank1$d = weight_in;
            end
            else begin
                bank0$d = weight_in;
            end
        end
    end
    
endmodule // qins_board_up5k_sim$accel$array$pe$1


module qins_board_up5k_sim$accel$array$pe$1$act(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$1$act


module qins_board_up5k_sim$accel$array$pe$1$bank(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$1$bank


module qins_board_up5k_sim$accel$array$pe$1$bank0(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$1$bank0


module qins_board_up5k_sim$accel$array$pe$1$bank1(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$1$bank1


module qins_board_up5k_sim$accel$array$pe$1$product(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$1$product


module qins_board_up5k_sim$accel$array$pe$1$product_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$1$product_valid


module qins_board_up5k_sim$accel$array$pe$1$psum(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$1$psum


module qins_board_up5k_sim$accel$array$pe$1$valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$1$valid


module qins_board_up5k_sim$accel$array$pe$2(clock,act_in,act_valid_in,act_bank_in,act_out,act_valid_out,act_bank_out,psum_in,psum_out,weight_in,weight_load,weight_load_bank,weight_out);
    
    // Module arguments
    input wire  clock;
    input wire signed [15:0] act_in;
    input wire  act_valid_in;
    input wire  act_bank_in;
    output reg signed [15:0] act_out;
    output reg  act_valid_out;
    output reg  act_bank_out;
    input wire signed [31:0] psum_in;
    output reg signed [31:0] psum_out;
    input wire signed [15:0] weight_in;
    input wire  weight_load;
    input wire  weight_load_bank;
    output reg signed [15:0] weight_out;
    
    // Stub signals
    reg signed [15:0] act$d;
    wire signed [15:0] act$q;
    reg  act$clock;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    reg  bank$d;
    wire  bank$q;
    reg  bank$clock;
    reg signed [31:0] psum$d;
    wire signed [31:0] psum$q;
    reg  psum$clock;
    reg signed [31:0] product$d;
    wire signed [31:0] product$q;
    reg  product$clock;
    reg  product_valid$d;
    wire  product_valid$q;
    reg  product_valid$clock;
    reg signed [15:0] bank0$d;
    wire signed [15:0] bank0$q;
    reg  bank0$clock;
    reg signed [15:0] bank1$d;
    wire signed [15:0] bank1$q;
    reg  bank1$clock;
    
    // Local signals
    reg signed [15:0] weight;
    
    // Sub module instances
    qins_board_up5k_sim$accel$array$pe$2$act act(
        .d(act$d),
        .q(act$q),
        .clock(act$clock)
    );
    qins_board_up5k_sim$accel$array$pe$2$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    qins_board_up5k_sim$accel$array$pe$2$bank bank(
        .d(bank$d),
        .q(bank$q),
        .clock(bank$clock)
    );
    qins_board_up5k_sim$accel$array$pe$2$psum psum(
        .d(psum$d),
        .q(psum$q),
        .clock(psum$clock)
    );
    qins_board_up5k_sim$accel$array$pe$2$product product(
        .d(product$d),
        .q(product$q),
        .clock(product$clock)
    );
    qins_board_up5k_sim$accel$array$pe$2$product_valid product_valid(
        .d(product_valid$d),
        .q(product_valid$q),
        .clock(product_valid$clock)
    );
    qins_board_up5k_sim$accel$array$pe$2$bank0 bank0(
        .d(bank0$d),
        .q(bank0$q),
        .clock(bank0$clock)
    );
    qins_board_up5k_sim$accel$array$pe$2$bank1 bank1(
        .d(bank1$d),
        .q(bank1$q),
        .clock(bank1$clock)
    );
    
    // Update code
    always @(*) begin
        act$clock = clock;
        valid$clock = clock;
        bank$clock = clock;
        psum$clock = clock;
        product$clock = clock;
        product_valid$clock = clock;
        bank0$clock = clock;
        bank1$clock = clock;
        act$d = act$q;
        valid$d = valid$q;
        bank$d = bank$q;
        psum$d = psum$q;
        product$d = product$q;
        product_valid$d = product_valid$q;
        bank0$d = bank0$q;
        bank1$d = bank1$q;
        act$d = act_in;
        valid$d = act_valid_in;
        bank$d = act_bank_in;
        act_out = act$q;
        act_valid_out = valid$q;
        act_bank_out = bank$q;
        weight = bank0$q;
        if (act_bank_in) begin
            weight = bank1$q;
        end
        product$d = act_in * weight;
        product_valid$d = act_valid_in;
        psum$d = psum_in;
        if (product_valid$q) begin
            psum$d = psum_in + product$q;
        end
        psum_out = psum$q;
        weight_out = bank0$q;
        if (weight_load_bank) begin
            weight_out = bank1$q;
        end
        if (weight_load) begin
            if (weight_load_bank) begin
                bank1$d = weight_in;
            end
            else begin
                bank0$d = weight_in;
            end
        end
    end
    
endmodule // qins_board_up5k_sim$accel$array$pe$2


module qins_board_up5k_sim$accel$array$pe$2$act(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$2$act


module qins_board_up5k_sim$accel$array$pe$2$bank(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$2$bank


module qins_board_up5k_sim$accel$array$pe$2$bank0(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$2$bank0


module qins_board_up5k_sim$accel$array$pe$2$bank1(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$2$bank1


module qins_board_up5k_sim$accel$array$pe$2$product(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$2$product


module qins_board_up5k_sim$accel$array$pe$2$product_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$2$product_valid


module qins_board_up5k_sim$accel$array$pe$2$psum(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$2$psum


module qins_board_up5k_sim$accel$array$pe$2$valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$2$valid


module qins_board_up5k_sim$accel$array$pe$3(clock,act_in,act_valid_in,act_bank_in,act_out,act_valid_out,act_bank_out,psum_in,psum_out,weight_in,weight_load,weight_load_bank,weight_out);
    
    // Module arguments
    input wire  clock;
    input wire signed [15:0] act_in;
    input wire  act_valid_in;
    input wire  act_bank_in;
    output reg signed [15:0] act_out;
    output reg  act_valid_out;
    output reg  act_bank_out;
    input wire signed [31:0] psum_in;
    output reg signed [31:0] psum_out;
    input wire signed [15:0] weight_in;
    input wire  weight_load;
    input wire  weight_load_bank;
    output reg signed [15:0] weight_out;
    
    // Stub signals
    reg signed [15:0] act$d;
    wire signed [15:0] act$q;
    reg  act$clock;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    reg  bank$d;
    wire  bank$q;
    reg  bank$clock;
    reg signed [31:0] psum$d;
    wire signed [31:0] psum$q;
    reg  psum$clock;
    reg signed [31:0] product$d;
    wire signed [31:0] product$q;
    reg  product$clock;
    reg  product_valid$d;
    wire  product_valid$q;
    reg  product_valid$clock;
    reg signed [15:0] bank0$d;
    wire signed [15:0] bank0$q;
    reg  bank0$clock;
    reg signed [15:0] bank1$d;
    wire signed [15:0] bank1$q;
    reg  bank1$clock;
    
    // Local signals
    reg signed [15:0] weight;
    
    // Sub module instances
    qins_board_up5k_sim$accel$array$pe$3$act act(
        .d(act$d),
        .q(act$q),
        .clock(act$clock)
    );
    qins_board_up5k_sim$accel$array$pe$3$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    qins_board_up5k_sim$accel$array$pe$3$bank bank(
        .d(bank$d),
        .q(bank$q),
        .clock(bank$clock)
    );
    qins_board_up5k_sim$accel$array$pe$3$psum psum(
        .d(psum$d),
        .q(psum$q),
        .clock(psum$clock)
    );
    qins_board_up5k_sim$accel$array$pe$3$product product(
        .d(product$d),
        .q(product$q),
        .clock(product$clock)
    );
    qins_board_up5k_sim$accel$array$pe$3$product_valid product_valid(
        .d(product_valid$d),
        .q(product_valid$q),
        .clock(product_valid$clock)
    );
    qins_board_up5k_sim$accel$array$pe$3$bank0 bank0(
        .d(bank0$d),
        .q(bank0$q),
        .clock(bank0$clock)
    );
    qins_board_up5k_sim$accel$array$pe$3$bank1 bank1(
        .d(bank1$d),
        .q(bank1$q),
        .clock(bank1$clock)
    );
    
    // Update code
    always @(*) begin
        act$clock = clock;
        valid$clock = clock;
        bank$clock = clock;
        psum$clock = clock;
        product$clock = clock;
        product_valid$clock = clock;
        bank0$clock = clock;
        bank1$clock = clock;
        act$d = act$q;
        valid$d = valid$q;
        bank$d = bank$q;
        psum$d = psum$q;
        product$d = product$q;
        product_valid$d = product_valid$q;
        bank0$d = bank0$q;
        bank1$d = bank1$q;
        act$d = act_in;
        valid$d = act_valid_in;
        bank$d = act_bank_in;
        act_out = act$q;
        act_valid_out = valid$q;
        act_bank_out = bank$q;
        weight = bank0$q;
        if (act_bank_in) begin
            weight = bank1$q;
        end
        product$d = act_in * weight;
        product_valid$d = act_valid_in;
        psum$d = psum_in;
        if (product_valid$q) begin
            psum$d = psum_in + product$q;
        end
        psum_out = psum$q;
        weight_out = bank0$q;
        if (weight_load_bank) begin
            weight_out = bank1$q;
        end
        if (weight_load) begin
            if (weight_load_bank) begin
                bank1$d = weight_in;
            end
            else begin
                bank0$d = weight_in;
            end
        end
    end
    
endmodule // qins_board_up5k_sim$accel$array$pe$3


module qins_board_up5k_sim$accel$array$pe$3$act(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$3$act


module qins_board_up5k_sim$accel$array$pe$3$bank(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$3$bank


module qins_board_up5k_sim$accel$array$pe$3$bank0(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$3$bank0


module qins_board_up5k_sim$accel$array$pe$3$bank1(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$pe$3$bank1


module qins_board_up5k_sim$accel$array$pe$3$product(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$3$product


module qins_board_up5k_sim$accel$array$pe$3$product_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$3$product_valid


module qins_board_up5k_sim$accel$array$pe$3$psum(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$3$psum


module qins_board_up5k_sim$accel$array$pe$3$valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$pe$3$valid


module qins_board_up5k_sim$accel$array$skew_act$0(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$skew_act$0


module qins_board_up5k_sim$accel$array$skew_act$1(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$skew_act$1


module qins_board_up5k_sim$accel$array$skew_act$2(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$skew_act$2


module qins_board_up5k_sim$accel$array$skew_act$3(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$array$skew_act$3


module qins_board_up5k_sim$accel$array$skew_bank$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$skew_bank$0


module qins_board_up5k_sim$accel$array$skew_bank$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$skew_bank$1


module qins_board_up5k_sim$accel$array$skew_bank$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$skew_bank$2


module qins_board_up5k_sim$accel$array$skew_bank$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$skew_bank$3


module qins_board_up5k_sim$accel$array$skew_valid$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$skew_valid$0


module qins_board_up5k_sim$accel$array$skew_valid$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$skew_valid$1


module qins_board_up5k_sim$accel$array$skew_valid$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$skew_valid$2


module qins_board_up5k_sim$accel$array$skew_valid$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$skew_valid$3


module qins_board_up5k_sim$accel$array$tag_line$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$tag_line$0


module qins_board_up5k_sim$accel$array$tag_line$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$tag_line$1


module qins_board_up5k_sim$accel$array$tag_line$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$tag_line$2


module qins_board_up5k_sim$accel$array$tag_line$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$array$tag_line$3


module qins_board_up5k_sim$accel$bus(clock,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,busy,queue_full,weight_read$0,weight_read$1,act_read$0,act_read$1,acc_read$0,acc_read$1,register_read,write_data,address,write_table,weight_lane_write$0,weight_lane_write$1,weight_lane_data$0,weight_lane_data$1,act_lane_write$0,act_lane_write$1,act_lane_data$0,act_lane_data$1,acc_lane_write$0,acc_lane_write$1,write_scale,write_bias,param_channel,register_write,register_hot,push,weight_word,act_word,acc_word,act_read_word,acc_read_word,read_register_hot,failed,failed_code,failed_address);
    
    // Module arguments
    input wire  clock;
    input wire  [23:0] bus_address;
    input wire  [31:0] bus_write_data;
    input wire  bus_write;
    input wire  bus_read;
    output reg  [31:0] bus_read_data;
    output reg  bus_ready;
    output reg  bus_error;
    input wire  busy;
    input wire  queue_full;
    input wire  [7:0] weight_read$0;
    input wire  [7:0] weight_read$1;
    input wire signed [15:0] act_read$0;
    input wire signed [15:0] act_read$1;
    input wire signed [31:0] acc_read$0;
    input wire signed [31:0] acc_read$1;
    input wire  [31:0] register_read;
    output reg  [31:0] write_data;
    output reg  [23:0] address;
    output reg  [7:0] write_table;
    output reg  weight_lane_write$0;
    output reg  weight_lane_write$1;
    output reg  [7:0] weight_lane_data$0;
    output reg  [7:0] weight_lane_data$1;
    output reg  act_lane_write$0;
    output reg  act_lane_write$1;
    output reg signed [15:0] act_lane_data$0;
    output reg signed [15:0] act_lane_data$1;
    output reg  acc_lane_write$0;
    output reg  acc_lane_write$1;
    output reg  write_scale;
    output reg  write_bias;
    output reg  [23:0] param_channel;
    output reg  register_write;
    output reg  [31:0] register_hot;
    output reg  push;
    output reg  [23:0] weight_word;
    output reg  [23:0] act_word;
    output reg  [23:0] acc_word;
    output reg  [23:0] act_read_word;
    output reg  [23:0] acc_read_word;
    output reg  [31:0] read_register_hot;
    output reg  failed;
    output reg  [7:0] failed_code;
    output reg  [23:0] failed_address;
    
    // Constant declarations
    localparam  k_has_alu = 1'b0;
    localparam  k_one = 32'h1;
    localparam  k_wshift = 8'h0;
    localparam  k_ashift = 8'h0;
    localparam  k_cshift = 8'h1;
    localparam  k_wmask = 24'h0;
    localparam  k_amask = 24'h0;
    localparam  k_cmask = 24'h1;
    localparam  k_param_region = 24'hffff80;
    localparam  k_wmem_region = 24'hffc000;
    localparam  k_amem_region = 24'hffff00;
    localparam  k_cmem_region = 24'hfffe00;
    localparam  k_off_w = 24'hfffff;
    localparam  k_off_a = 24'hfffff;
    localparam  k_off_c = 24'h3fffff;
    localparam  k_off_p = 24'hffff;
    
    // Stub signals
    reg  [23:0] req_address$d;
    wire  [23:0] req_address$q;
    reg  req_address$clock;
    reg  [31:0] req_data$d;
    wire  [31:0] req_data$q;
    reg  req_data$clock;
    reg  req_write$d;
    wire  req_write$q;
    reg  req_write$clock;
    reg  req_read$d;
    wire  req_read$q;
    reg  req_read$clock;
    reg  [7:0] in_table$d;
    wire  [7:0] in_table$q;
    reg  in_table$clock;
    reg  in_reg$d;
    wire  in_reg$q;
    reg  in_reg$clock;
    reg  in_param$d;
    wire  in_param$q;
    reg  in_param$clock;
    reg  in_wmem$d;
    wire  in_wmem$q;
    reg  in_wmem$clock;
    reg  in_amem$d;
    wire  in_amem$q;
    reg  in_amem$clock;
    reg  in_cmem$d;
    wire  in_cmem$q;
    reg  in_cmem$clock;
    reg  in_mem$d;
    wire  in_mem$q;
    reg  in_mem$clock;
    reg  [31:0] req_reg_hot$d;
    wire  [31:0] req_reg_hot$q;
    reg  req_reg_hot$clock;
    reg  req_read_refused$d;
    wire  req_read_refused$q;
    reg  req_read_refused$clock;
    reg  req_write_refused$d;
    wire  req_write_refused$q;
    reg  req_write_refused$clock;
    reg  busy_last$d;
    wire  busy_last$q;
    reg  busy_last$clock;
    reg  pushed_last$d;
    wire  pushed_last$q;
    reg  pushed_last$clock;
    reg  s1_valid$d;
    wire  s1_valid$q;
    reg  s1_valid$clock;
    reg  s1_error$d;
    wire  s1_error$q;
    reg  s1_error$clock;
    reg  [7:0] s1_code$d;
    wire  [7:0] s1_code$q;
    reg  s1_code$clock;
    reg  [23:0] s1_address$d;
    wire  [23:0] s1_address$q;
    reg  s1_address$clock;
    reg  [2:0] s1_kind$d;
    wire  [2:0] s1_kind$q;
    reg  s1_kind$clock;
    reg  [31:0] s1_reg_hot$d;
    wire  [31:0] s1_reg_hot$q;
    reg  s1_reg_hot$clock;
    reg  [23:0] s1_sel$0$d;
    wire  [23:0] s1_sel$0$q;
    reg  s1_sel$0$clock;
    
    // Local signals
    reg  [7:0] at_table;
    reg  [15:0] page;
    reg  not_last;
    reg  at_reg;
    reg  at_param;
    reg  at_wmem;
    reg  at_amem;
    reg  at_cmem;
    reg  busy_for_host;
    reg  request;
    reg  req_error;
    reg  [7:0] req_code;
    reg  mem_write;
    reg  reg_write;
    reg  [23:0] off_w;
    reg  [23:0] off_a;
    reg  [23:0] off_c;
    reg  [23:0] off_p;
    reg  [23:0] pin_off_w;
    reg  [23:0] pin_off_a;
    reg  [23:0] pin_off_c;
    reg  [23:0] weight_lane;
    reg  [23:0] act_lane;
    reg  [23:0] acc_lane;
    reg  [23:0] sel_weight;
    reg  [23:0] sel_act;
    reg  [23:0] sel_acc;
    reg  [7:0] picked_byte$0;
    reg  [7:0] picked_byte$1;
    reg  [7:0] picked_byte$2;
    reg  [7:0] picked_byte$3;
    reg signed [15:0] picked_half$0;
    reg signed [15:0] picked_half$1;
    reg signed [31:0] picked_acc;
    reg  [7:0] answer_byte$0;
    reg  [7:0] answer_byte$1;
    reg  [7:0] answer_byte$2;
    reg  [7:0] answer_byte$3;
    reg signed [15:0] answer_half$0;
    reg signed [15:0] answer_half$1;
    reg signed [31:0] answer_acc;
    
    // Sub module instances
    qins_board_up5k_sim$accel$bus$req_address req_address(
        .d(req_address$d),
        .q(req_address$q),
        .clock(req_address$clock)
    );
    qins_board_up5k_sim$accel$bus$req_data req_data(
        .d(req_data$d),
        .q(req_data$q),
        .clock(req_data$clock)
    );
    qins_board_up5k_sim$accel$bus$req_write req_write(
        .d(req_write$d),
        .q(req_write$q),
        .clock(req_write$clock)
    );
    qins_board_up5k_sim$accel$bus$req_read req_read(
        .d(req_read$d),
        .q(req_read$q),
        .clock(req_read$clock)
    );
    qins_board_up5k_sim$accel$bus$in_table in_table(
        .d(in_table$d),
        .q(in_table$q),
        .clock(in_table$clock)
    );
    qins_board_up5k_sim$accel$bus$in_reg in_reg(
        .d(in_reg$d),
        .q(in_reg$q),
        .clock(in_reg$clock)
    );
    qins_board_up5k_sim$accel$bus$in_param in_param(
        .d(in_param$d),
        .q(in_param$q),
        .clock(in_param$clock)
    );
    qins_board_up5k_sim$accel$bus$in_wmem in_wmem(
        .d(in_wmem$d),
        .q(in_wmem$q),
        .clock(in_wmem$clock)
    );
    qins_board_up5k_sim$accel$bus$in_amem in_amem(
        .d(in_amem$d),
        .q(in_amem$q),
        .clock(in_amem$clock)
    );
    qins_board_up5k_sim$accel$bus$in_cmem in_cmem(
        .d(in_cmem$d),
        .q(in_cmem$q),
        .clock(in_cmem$clock)
    );
    qins_board_up5k_sim$accel$bus$in_mem in_mem(
        .d(in_mem$d),
        .q(in_mem$q),
        .clock(in_mem$clock)
    );
    qins_board_up5k_sim$accel$bus$req_reg_hot req_reg_hot(
        .d(req_reg_hot$d),
        .q(req_reg_hot$q),
        .clock(req_reg_hot$clock)
    );
    qins_board_up5k_sim$accel$bus$req_read_refused req_read_refused(
        .d(req_read_refused$d),
        .q(req_read_refused$q),
        .clock(req_read_refused$clock)
    );
    qins_board_up5k_sim$accel$bus$req_write_refused req_write_refused(
        .d(req_write_refused$d),
        .q(req_write_refused$q),
        .clock(req_write_refused$clock)
    );
    qins_board_up5k_sim$accel$bus$busy_last busy_last(
        .d(busy_last$d),
        .q(busy_last$q),
        .clock(busy_last$clock)
    );
    qins_board_up5k_sim$accel$bus$pushed_last pushed_last(
        .d(pushed_last$d),
        .q(pushed_last$q),
        .clock(pushed_last$clock)
    );
    qins_board_up5k_sim$accel$bus$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    qins_board_up5k_sim$accel$bus$s1_error s1_error(
        .d(s1_error$d),
        .q(s1_error$q),
        .clock(s1_error$clock)
    );
    qins_board_up5k_sim$accel$bus$s1_code s1_code(
        .d(s1_code$d),
        .q(s1_code$q),
        .clock(s1_code$clock)
    );
    qins_board_up5k_sim$accel$bus$s1_address s1_address(
        .d(s1_address$d),
        .q(s1_address$q),
        .clock(s1_address$clock)
    );
    qins_board_up5k_sim$accel$bus$s1_kind s1_kind(
        .d(s1_kind$d),
        .q(s1_kind$q),
        .clock(s1_kind$clock)
    );
    qins_board_up5k_sim$accel$bus$s1_reg_hot s1_reg_hot(
        .d(s1_reg_hot$d),
        .q(s1_reg_hot$q),
        .clock(s1_reg_hot$clock)
    );
    qins_board_up5k_sim$accel$bus$s1_sel$0 s1_sel$0(
        .d(s1_sel$0$d),
        .q(s1_sel$0$q),
        .clock(s1_sel$0$clock)
    );
    
    // Update code
    always @(*) begin
        req_address$clock = clock;
        req_data$clock = clock;
        req_write$clock = clock;
        req_read$clock = clock;
        in_reg$clock = clock;
        in_table$clock = clock;
        in_param$clock = clock;
        in_wmem$clock = clock;
        in_amem$clock = clock;
        in_cmem$clock = clock;
        in_mem$clock = clock;
        req_reg_hot$clock = clock;
        req_read_refused$clock = clock;
        req_write_refused$clock = clock;
        busy_last$clock = clock;
        pushed_last$clock = clock;
        s1_valid$clock = clock;
        s1_error$clock = clock;
        s1_code$clock = clock;
        s1_address$clock = clock;
        s1_kind$clock = clock;
        s1_reg_hot$clock = clock;
        req_address$d = req_address$q;
        req_data$d = req_data$q;
        req_write$d = req_write$q;
        req_read$d = req_read$q;
        in_reg$d = in_reg$q;
        in_table$d = in_table$q;
        in_param$d = in_param$q;
        in_wmem$d = in_wmem$q;
        in_amem$d = in_amem$q;
        in_cmem$d = in_cmem$q;
        in_mem$d = in_mem$q;
        req_reg_hot$d = req_reg_hot$q;
        req_read_refused$d = req_read_refused$q;
        req_write_refused$d = req_write_refused$q;
        busy_last$d = busy_last$q;
        pushed_last$d = pushed_last$q;
        s1_valid$d = s1_valid$q;
        s1_error$d = s1_error$q;
        s1_code$d = s1_code$q;
        s1_address$d = s1_address$q;
        s1_kind$d = s1_kind$q;
        s1_reg_hot$d = s1_reg_hot$q;
        busy_last$d = busy;
        busy_for_host = busy_last$q | pushed_last$q;
        req_address$d = bus_address;
        req_data$d = bus_write_data;
        req_write$d = bus_write;
        req_read$d = bus_read;
        pin_off_w = bus_address & k_off_w;
        pin_off_a = bus_address & k_off_a;
        pin_off_c = bus_address & k_off_c;
        act_read_word = pin_off_a >> k_ashift;
        acc_read_word = pin_off_c >> k_cshift;
        at_reg = (bus_address[(32'h5)+:(19)] == 32'h0) & (bus_address[(32'h0)+:(5)] < 32'h11);
        page = bus_address[(32'h8)+:(16)];
        not_last = ~&bus_address[(32'h0)+:(8)];
        at_table = (((page == 32'h10)) & 8'hff) | ((((page == 32'h11)) & 8'hff) << 32'h1) | (((((page == 32'h12) & k_has_alu)) & 8'hff) << 32'h2) | (((((page == 32'h14) & not_last)) & 8'hff) << 32'h3) | ((((page == 32'h15)) & 8'hff) << 32'h4) | (((((page == 32'h16) & not_last & k_has_alu)) & 8'hff) << 32'h5) | (((((page == 32'h17) & k_has_alu)) & 8'hff) << 32'h6) | (((((page == 32'h13) & k_has_alu)) & 8'hff) << 32'h7);
        at_param = (bus_address & k_param_region) == 32'h10000;
        at_wmem = (bus_address & k_wmem_region) == 32'h100000;
        at_amem = (bus_address & k_amem_region) == 32'h200000;
        at_cmem = (bus_address & k_cmem_region) == 32'h400000;
        in_reg$d = at_reg;
        in_table$d = at_table;
        in_param$d = at_param;
        in_wmem$d = at_wmem;
        in_amem$d = at_amem;
        in_cmem$d = at_cmem;
        in_mem$d = |at_table | at_param | at_wmem | at_amem | at_cmem;
        req_reg_hot$d = 32'h0;
        if (at_reg) begin
            req_reg_hot$d = k_one << bus_address[(32'h0)+:(5)];
        end
        req_read_refused$d = bus_read & ~((at_reg & (bus_address != 32'h3)) | at_wmem | at_amem | at_cmem);
        req_write_refused$d = bus_write & at_reg & ((bus_address[(32'h0)+:(5)] < 32'h3) | (bus_address[(32'h0)+:(5)] >= 32'h8));
        request = req_write$q | req_read$q;
        req_error = 1'b0;
        req_code = 32'h0;
        if (request) begin
            if (~(in_reg$q | in_mem$q)) begin
                req_error = 1'b1;
                req_code = 32'h1;
            end
            else if (in_mem$q & busy_for_host) begin
                req_error = 1'b1;
                req_code = 32'h2;
            end
            else if (req_read_refused$q | req_write_refused$q) begin
                req_error = 1'b1;
                req_code = 32'h6;
            end
            else if (req_write$q & req_reg_hot$q[32'h7] & queue_full) begin
                req_error = 1'b1;
                req_code = 32'h5;
            end
        end
        mem_write = req_write$q & ~busy_for_host & ~req_read_refused$q;
        reg_write = req_write$q & in_reg$q & ~req_write_refused$q & ~req_read_refused$q;
        off_w = req_address$q & k_off_w;
        off_a = req_address$q & k_off_a;
        off_c = req_address$q & k_off_c;
        off_p = req_address$q & k_off_p;
        weight_word = pin_off_w >> k_wshift;
        if (req_write$q) begin
            weight_word = off_w >> k_wshift;
        end
        weight_word = off_w >> k_wshift;
        act_read_word = off_a >> k_ashift;
        acc_read_word = off_c >> k_cshift;
        act_word = off_a >> k_ashift;
        acc_word = off_c >> k_cshift;
        weight_lane = off_w & k_wmask;
        act_lane = off_a & k_amask;
        acc_lane = off_c & k_cmask;
        push = reg_write & req_reg_hot$q[32'h7] & ~queue_full;
        pushed_last$d = push;
        write_data = req_data$q;
        address = req_address$q;
        write_table = 32'h0;
        if (mem_write) begin
            write_table = in_table$q;
        end
        weight_lane_data$0 = req_data$q[(0 * 32'h8)+:(8)];
        weight_lane_write$0 = mem_write & in_wmem$q & (weight_lane == 0);
        weight_lane_data$1 = req_data$q[(1 * 32'h8)+:(8)];
        weight_lane_write$1 = mem_write & in_wmem$q & (weight_lane == 0);
        act_lane_data$0 = $signed(req_data$q[(0 * 32'h10)+:(16)]);
        act_lane_write$0 = mem_write & in_amem$q & (act_lane == 0);
        act_lane_data$1 = $signed(req_data$q[(1 * 32'h10)+:(16)]);
        act_lane_write$1 = mem_write & in_amem$q & (act_lane == 0);
        acc_lane_write$0 = mem_write & in_cmem$q & (acc_lane == 0);
        acc_lane_write$1 = mem_write & in_cmem$q & (acc_lane == 1);
        write_scale = mem_write & in_param$q & ~req_address$q[32'h0];
        write_bias = mem_write & in_param$q & req_address$q[32'h0];
        param_channel = off_p >> 32'h1;
        register_write = reg_write;
        register_hot = req_reg_hot$q;
        s1_valid$d = request;
        s1_error$d = req_error;
        s1_code$d = req_code;
        s1_address$d = req_address$q;
        s1_reg_hot$d = req_reg_hot$q;
        s1_kind$d = 32'h0;
        if (in_wmem$q) begin
            s1_kind$d = 32'h1;
        end
        if (in_amem$q) begin
            s1_kind$d = 32'h2;
        end
        if (in_cmem$q) begin
            s1_kind$d = 32'h3;
        end
        s1_sel$0$clock = clock;
        s1_sel$0$d = 32'h0;
        if (in_wmem$q) begin
            s1_sel$0$d = weight_lane;
        end
        if (in_amem$q) begin
            s1_sel$0$d = act_lane;
        end
        if (in_cmem$q) begin
            s1_sel$0$d = acc_lane;
        end
        sel_weight = weight_lane;
        sel_act = act_lane;
        sel_acc = acc_lane;
        sel_weight = s1_sel$0$q;
        sel_act = s1_sel$0$q;
        sel_acc = s1_sel$0$q;
        picked_byte$0 = 32'h0;
        picked_byte$1 = 32'h0;
        picked_byte$2 = 32'h0;
        picked_byte$3 = 32'h0;
        picked_half$0 = 32'h0;
        picked_half$1 = 32'h0;
        picked_acc = 32'h0;
        if (sel_weight == 0) begin
            picked_byte$0 = weight_read$0;
        end
        if (sel_weight == 0) begin
            picked_byte$1 = weight_read$1;
        end
        if (sel_act == 0) begin
            picked_half$0 = act_read$0;
        end
        if (sel_act == 0) begin
            picked_half$1 = act_read$1;
        end
        if (sel_acc == 0) begin
            picked_acc = acc_read$0;
        end
        if (sel_acc == 1) begin
            picked_acc = acc_read$1;
        end
        answer_byte$0 = picked_byte$0;
        answer_byte$1 = picked_byte$1;
        answer_byte$2 = picked_byte$2;
        answer_byte$3 = picked_byte$3;
        answer_half$0 = picked_half$0;
        answer_half$1 = picked_half$1;
        answer_acc = picked_acc;
        read_register_hot = s1_reg_hot$q;
        failed = s1_error$q;
        failed_code = s1_code$q;
        failed_address = s1_address$q;
        bus_ready = s1_valid$q;
        bus_error = s1_error$q;
        bus_read_data = 32'h0;
        if (s1_valid$q & ~s1_error$q) begin
            if (s1_kind$q == 32'h0) begin
                bus_read_data = register_read;
            end
            if (s1_kind$q == 32'h1) begin
                bus_read_data = ((answer_byte$0) & 32'hffffffff) | (((answer_byte$1) & 32'hffffffff) << 32'h8) | (((answer_byte$2) & 32'hffffffff) << 32'h10) | (((answer_byte$3) & 32'hffffffff) << 32'h18);
            end
            if (s1_kind$q == 32'h2) begin
                bus_read_data = (($unsigned(answer_half$0)) & 32'hffffffff) | ((($unsigned(answer_half$1)) & 32'hffffffff) << 32'h10);
            end
            if (s1_kind$q == 32'h3) begin
                bus_read_data = $unsigned(answer_acc);
            end
        end
    end
    
endmodule // qins_board_up5k_sim$accel$bus


module qins_board_up5k_sim$accel$bus$busy_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$busy_last


module qins_board_up5k_sim$accel$bus$in_amem(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$in_amem


module qins_board_up5k_sim$accel$bus$in_cmem(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$in_cmem


module qins_board_up5k_sim$accel$bus$in_mem(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$in_mem


module qins_board_up5k_sim$accel$bus$in_param(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$in_param


module qins_board_up5k_sim$accel$bus$in_reg(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$in_reg


module qins_board_up5k_sim$accel$bus$in_table(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$in_table


module qins_board_up5k_sim$accel$bus$in_wmem(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$in_wmem


module qins_board_up5k_sim$accel$bus$pushed_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$pushed_last


module qins_board_up5k_sim$accel$bus$req_address(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$bus$req_address


module qins_board_up5k_sim$accel$bus$req_data(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$req_data


module qins_board_up5k_sim$accel$bus$req_read(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$req_read


module qins_board_up5k_sim$accel$bus$req_read_refused(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$req_read_refused


module qins_board_up5k_sim$accel$bus$req_reg_hot(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$req_reg_hot


module qins_board_up5k_sim$accel$bus$req_write(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$req_write


module qins_board_up5k_sim$accel$bus$req_write_refused(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$req_write_refused


module qins_board_up5k_sim$accel$bus$s1_address(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$bus$s1_address


module qins_board_up5k_sim$accel$bus$s1_code(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$s1_code


module qins_board_up5k_sim$accel$bus$s1_error(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$s1_error


module qins_board_up5k_sim$accel$bus$s1_kind(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$bus$s1_kind


module qins_board_up5k_sim$accel$bus$s1_reg_hot(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$s1_reg_hot


module qins_board_up5k_sim$accel$bus$s1_sel$0(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$bus$s1_sel$0


module qins_board_up5k_sim$accel$bus$s1_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$bus$s1_valid


module qins_board_up5k_sim$accel$check(clock,pushed,verdict,head_verdict,opcode,finish_at_decode,refusal);
    
    // Module arguments
    input wire  clock;
    input wire  [127:0] pushed;
    output reg  [12:0] verdict;
    input wire  [12:0] head_verdict;
    output reg  [7:0] opcode;
    output reg  finish_at_decode;
    output reg  [7:0] refusal;
    
    // Constant declarations
    localparam  k_n = 32'h2;
    localparam  k_has_alu = 1'b0;
    localparam  k_rc_cap$0 = 32'h100;
    localparam  k_rc_cap$1 = 32'h100;
    localparam  k_rc_cap$2 = 32'h100;
    localparam  k_rc_cap$3 = 32'h100;
    localparam  k_rc_cap$4 = 32'h100;
    localparam  k_rc_cap$5 = 32'h200;
    localparam  k_rc_cap$6 = 32'h200;
    localparam  k_rc_cap$7 = 32'h200;
    localparam  k_rc_cap$8 = 32'h200;
    localparam  k_rc_cap$9 = 32'h200;
    localparam  k_rc_low$0 = 32'hff;
    localparam  k_rc_low$1 = 32'hff;
    localparam  k_rc_low$2 = 32'hff;
    localparam  k_rc_low$3 = 32'hff;
    localparam  k_rc_low$4 = 32'hff;
    localparam  k_rc_low$5 = 32'h1ff;
    localparam  k_rc_low$6 = 32'h1ff;
    localparam  k_rc_low$7 = 32'h1ff;
    localparam  k_rc_low$8 = 32'h1ff;
    localparam  k_rc_low$9 = 32'h1ff;
    localparam  k_rc_high$0 = 32'hffffff00;
    localparam  k_rc_high$1 = 32'hffffff00;
    localparam  k_rc_high$2 = 32'hffffff00;
    localparam  k_rc_high$3 = 32'hffffff00;
    localparam  k_rc_high$4 = 32'hffffff00;
    localparam  k_rc_high$5 = 32'hfffffe00;
    localparam  k_rc_high$6 = 32'hfffffe00;
    localparam  k_rc_high$7 = 32'hfffffe00;
    localparam  k_rc_high$8 = 32'hfffffe00;
    localparam  k_rc_high$9 = 32'hfffffe00;
    localparam  k_fx_high$0 = 32'hffffc000;
    localparam  k_fx_high$1 = 32'hffffc000;
    localparam  k_fx_high$2 = 32'hffffffc0;
    localparam  k_fx_high$3 = 32'hfffffe00;
    localparam  k_fx_top$0 = 32'h3ffe;
    localparam  k_fx_top$1 = 32'h3ffe;
    localparam  k_fx_top$2 = 32'h3e;
    localparam  k_fx_top$3 = 32'h100;
    localparam  k_fx_low$0 = 32'h1;
    localparam  k_fx_low$1 = 32'h1;
    localparam  k_fx_low$2 = 32'h1;
    localparam  k_fx_low$3 = 32'hff;
    localparam  k_fx_never$0 = 1'b0;
    localparam  k_fx_never$1 = 1'b0;
    localparam  k_fx_never$2 = 1'b0;
    localparam  k_fx_never$3 = 1'b0;
    
    // Stub signals
    reg  bad_tile$d;
    wire  bad_tile$q;
    reg  bad_tile$clock;
    reg  bad_matmul$d;
    wire  bad_matmul$q;
    reg  bad_matmul$clock;
    reg  bad_post$d;
    wire  bad_post$q;
    reg  bad_post$clock;
    reg  bad_alu$d;
    wire  bad_alu$q;
    reg  bad_alu$clock;
    reg  bad_table$d;
    wire  bad_table$q;
    reg  bad_table$clock;
    reg  [7:0] op_hot$d;
    wire  [7:0] op_hot$q;
    reg  op_hot$clock;
    
    // Local signals
    reg  fetched_done;
    reg  [7:0] fetched_code;
    reg  bad_operands;
    reg  bad_opcode;
    reg  v_tile;
    reg  v_matmul;
    reg  v_post;
    reg  v_alu;
    reg  v_table;
    reg  [7:0] v_op_hot;
    reg  [31:0] f0;
    reg  [31:0] f1;
    reg  [31:0] f2;
    reg  [31:0] f3;
    reg  [31:0] f_count;
    reg  [7:0] f_op;
    reg  f_lt_from_acc;
    reg  [31:0] pp_src_low;
    reg  [31:0] pp_dst_low;
    reg  [31:0] rc_start$0;
    reg  [31:0] rc_start$1;
    reg  [31:0] rc_start$2;
    reg  [31:0] rc_start$3;
    reg  [31:0] rc_start$4;
    reg  [31:0] rc_start$5;
    reg  [31:0] rc_start$6;
    reg  [31:0] rc_start$7;
    reg  [31:0] rc_start$8;
    reg  [31:0] rc_start$9;
    reg  [31:0] rc_count$0;
    reg  [31:0] rc_count$1;
    reg  [31:0] rc_count$2;
    reg  [31:0] rc_count$3;
    reg  [31:0] rc_count$4;
    reg  [31:0] rc_count$5;
    reg  [31:0] rc_count$6;
    reg  [31:0] rc_count$7;
    reg  [31:0] rc_count$8;
    reg  [31:0] rc_count$9;
    reg  [31:0] rc_low_sum$0;
    reg  [31:0] rc_low_sum$1;
    reg  [31:0] rc_low_sum$2;
    reg  [31:0] rc_low_sum$3;
    reg  [31:0] rc_low_sum$4;
    reg  [31:0] rc_low_sum$5;
    reg  [31:0] rc_low_sum$6;
    reg  [31:0] rc_low_sum$7;
    reg  [31:0] rc_low_sum$8;
    reg  [31:0] rc_low_sum$9;
    reg  rc_count_big$0;
    reg  rc_count_big$1;
    reg  rc_count_big$2;
    reg  rc_count_big$3;
    reg  rc_count_big$4;
    reg  rc_count_big$5;
    reg  rc_count_big$6;
    reg  rc_count_big$7;
    reg  rc_count_big$8;
    reg  rc_count_big$9;
    reg  rc_over$0;
    reg  rc_over$1;
    reg  rc_over$2;
    reg  rc_over$3;
    reg  rc_over$4;
    reg  rc_over$5;
    reg  rc_over$6;
    reg  rc_over$7;
    reg  rc_over$8;
    reg  rc_over$9;
    reg  [31:0] fx_start$0;
    reg  [31:0] fx_start$1;
    reg  [31:0] fx_start$2;
    reg  [31:0] fx_start$3;
    reg  fx_over$0;
    reg  fx_over$1;
    reg  fx_over$2;
    reg  fx_over$3;
    
    // Sub module instances
    qins_board_up5k_sim$accel$check$bad_tile bad_tile(
        .d(bad_tile$d),
        .q(bad_tile$q),
        .clock(bad_tile$clock)
    );
    qins_board_up5k_sim$accel$check$bad_matmul bad_matmul(
        .d(bad_matmul$d),
        .q(bad_matmul$q),
        .clock(bad_matmul$clock)
    );
    qins_board_up5k_sim$accel$check$bad_post bad_post(
        .d(bad_post$d),
        .q(bad_post$q),
        .clock(bad_post$clock)
    );
    qins_board_up5k_sim$accel$check$bad_alu bad_alu(
        .d(bad_alu$d),
        .q(bad_alu$q),
        .clock(bad_alu$clock)
    );
    qins_board_up5k_sim$accel$check$bad_table bad_table(
        .d(bad_table$d),
        .q(bad_table$q),
        .clock(bad_table$clock)
    );
    qins_board_up5k_sim$accel$check$op_hot op_hot(
        .d(op_hot$d),
        .q(op_hot$q),
        .clock(op_hot$clock)
    );
    
    // Update code
    always @(*) begin
        op_hot$clock = clock;
        bad_tile$clock = clock;
        bad_matmul$clock = clock;
        bad_post$clock = clock;
        bad_alu$clock = clock;
        bad_table$clock = clock;
        op_hot$d = op_hot$q;
        bad_tile$d = bad_tile$q;
        bad_matmul$d = bad_matmul$q;
        bad_post$d = bad_post$q;
        bad_alu$d = bad_alu$q;
        bad_table$d = bad_table$q;
        f0 = pushed[(32'h0)+:(32)];
        f1 = pushed[(32'h20)+:(32)];
        f2 = pushed[(32'h40)+:(32)];
        f3 = pushed[(32'h60)+:(32)];
        f_op = f0[(32'h0)+:(8)];
        f_count = ((f0[(32'h10)+:(16)]) & 32'hffffffff);
        f_lt_from_acc = (f0[(32'h8)+:(8)] == 32'h3) | (f0[(32'h8)+:(8)] == 32'h5);
        fx_start$0 = f1;
        fx_start$1 = f3;
        rc_start$0 = f1 & 32'hffffff;
        rc_count$0 = f_count;
        rc_start$1 = f2 & 32'hffffff;
        rc_count$1 = f_count;
        rc_start$2 = f1;
        rc_count$2 = f_count;
        rc_start$3 = f2;
        rc_count$3 = f_count;
        rc_start$4 = f2;
        rc_count$4 = f_count;
        fx_start$2 = f3 & 32'hffff;
        rc_start$5 = f1;
        rc_count$5 = 32'hff;
        fx_start$3 = f1;
        rc_start$6 = f1;
        rc_count$6 = f_count;
        rc_start$7 = f1;
        rc_count$7 = f_count;
        rc_start$8 = f2;
        rc_count$8 = f_count;
        rc_start$9 = f3;
        rc_count$9 = f_count;
        rc_low_sum$0 = (rc_start$0 & k_rc_low$0) + (rc_count$0 & k_rc_low$0);
        rc_count_big$0 = |(rc_count$0 & k_rc_high$0);
        rc_over$0 = |(rc_start$0 & k_rc_high$0) | (rc_count_big$0 & ~((rc_count$0 == k_rc_cap$0) & ~|(rc_start$0 & k_rc_low$0))) | (~rc_count_big$0 & |(rc_low_sum$0 & k_rc_high$0) & (rc_low_sum$0 != k_rc_cap$0));
        rc_low_sum$1 = (rc_start$1 & k_rc_low$1) + (rc_count$1 & k_rc_low$1);
        rc_count_big$1 = |(rc_count$1 & k_rc_high$1);
        rc_over$1 = |(rc_start$1 & k_rc_high$1) | (rc_count_big$1 & ~((rc_count$1 == k_rc_cap$1) & ~|(rc_start$1 & k_rc_low$1))) | (~rc_count_big$1 & |(rc_low_sum$1 & k_rc_high$1) & (rc_low_sum$1 != k_rc_cap$1));
        rc_low_sum$2 = (rc_start$2 & k_rc_low$2) + (rc_count$2 & k_rc_low$2);
        rc_count_big$2 = |(rc_count$2 & k_rc_high$2);
        rc_over$2 = |(rc_start$2 & k_rc_high$2) | (rc_count_big$2 & ~((rc_count$2 == k_rc_cap$2) & ~|(rc_start$2 & k_rc_low$2))) | (~rc_count_big$2 & |(rc_low_sum$2 & k_rc_high$2) & (rc_low_sum$2 != k_rc_cap$2));
        rc_low_sum$3 = (rc_start$3 & k_rc_low$3) + (rc_count$3 & k_rc_low$3);
        rc_count_big$3 = |(rc_count$3 & k_rc_high$3);
        rc_over$3 = |(rc_start$3 & k_rc_high$3) | (rc_count_big$3 & ~((rc_count$3 == k_rc_cap$3) & ~|(rc_start$3 & k_rc_low$3))) | (~rc_count_big$3 & |(rc_low_sum$3 & k_rc_high$3) & (rc_low_sum$3 != k_rc_cap$3));
        rc_low_sum$4 = (rc_start$4 & k_rc_low$4) + (rc_count$4 & k_rc_low$4);
        rc_count_big$4 = |(rc_count$4 & k_rc_high$4);
        rc_over$4 = |(rc_start$4 & k_rc_high$4) | (rc_count_big$4 & ~((rc_count$4 == k_rc_cap$4) & ~|(rc_start$4 & k_rc_low$4))) | (~rc_count_big$4 & |(rc_low_sum$4 & k_rc_high$4) & (rc_low_sum$4 != k_rc_cap$4));
        rc_low_sum$5 = (rc_start$5 & k_rc_low$5) + (rc_count$5 & k_rc_low$5);
        rc_count_big$5 = |(rc_count$5 & k_rc_high$5);
        rc_over$5 = |(rc_start$5 & k_rc_high$5) | (rc_count_big$5 & ~((rc_count$5 == k_rc_cap$5) & ~|(rc_start$5 & k_rc_low$5))) | (~rc_count_big$5 & |(rc_low_sum$5 & k_rc_high$5) & (rc_low_sum$5 != k_rc_cap$5));
        rc_low_sum$6 = (rc_start$6 & k_rc_low$6) + (rc_count$6 & k_rc_low$6);
        rc_count_big$6 = |(rc_count$6 & k_rc_high$6);
        rc_over$6 = |(rc_start$6 & k_rc_high$6) | (rc_count_big$6 & ~((rc_count$6 == k_rc_cap$6) & ~|(rc_start$6 & k_rc_low$6))) | (~rc_count_big$6 & |(rc_low_sum$6 & k_rc_high$6) & (rc_low_sum$6 != k_rc_cap$6));
        rc_low_sum$7 = (rc_start$7 & k_rc_low$7) + (rc_count$7 & k_rc_low$7);
        rc_count_big$7 = |(rc_count$7 & k_rc_high$7);
        rc_over$7 = |(rc_start$7 & k_rc_high$7) | (rc_count_big$7 & ~((rc_count$7 == k_rc_cap$7) & ~|(rc_start$7 & k_rc_low$7))) | (~rc_count_big$7 & |(rc_low_sum$7 & k_rc_high$7) & (rc_low_sum$7 != k_rc_cap$7));
        rc_low_sum$8 = (rc_start$8 & k_rc_low$8) + (rc_count$8 & k_rc_low$8);
        rc_count_big$8 = |(rc_count$8 & k_rc_high$8);
        rc_over$8 = |(rc_start$8 & k_rc_high$8) | (rc_count_big$8 & ~((rc_count$8 == k_rc_cap$8) & ~|(rc_start$8 & k_rc_low$8))) | (~rc_count_big$8 & |(rc_low_sum$8 & k_rc_high$8) & (rc_low_sum$8 != k_rc_cap$8));
        rc_low_sum$9 = (rc_start$9 & k_rc_low$9) + (rc_count$9 & k_rc_low$9);
        rc_count_big$9 = |(rc_count$9 & k_rc_high$9);
        rc_over$9 = |(rc_start$9 & k_rc_high$9) | (rc_count_big$9 & ~((rc_count$9 == k_rc_cap$9) & ~|(rc_start$9 & k_rc_low$9))) | (~rc_count_big$9 & |(rc_low_sum$9 & k_rc_high$9) & (rc_low_sum$9 != k_rc_cap$9));
        fx_over$0 = k_fx_never$0 | |(fx_start$0 & k_fx_high$0) | (((fx_start$0 & k_fx_top$0) == k_fx_top$0) & |(fx_start$0 & k_fx_low$0));
        fx_over$1 = k_fx_never$1 | |(fx_start$1 & k_fx_high$1) | (((fx_start$1 & k_fx_top$1) == k_fx_top$1) & |(fx_start$1 & k_fx_low$1));
        fx_over$2 = k_fx_never$2 | |(fx_start$2 & k_fx_high$2) | (((fx_start$2 & k_fx_top$2) == k_fx_top$2) & |(fx_start$2 & k_fx_low$2));
        fx_over$3 = k_fx_never$3 | |(fx_start$3 & k_fx_high$3) | (((fx_start$3 & k_fx_top$3) == k_fx_top$3) & |(fx_start$3 & k_fx_low$3));
        v_tile = fx_over$0;
        v_matmul = (f_count == 32'h0) | rc_over$0 | rc_over$1 | (((f1[(32'h18)+:(8)]) & 32'hffffffff) > k_n) | (((f2[(32'h18)+:(8)]) & 32'hffffffff) > k_n) | (f0[32'hb] & fx_over$1);
        pp_src_low = f1 & k_rc_low$2;
        pp_dst_low = f2 & k_rc_low$2;
        v_post = (f_count == 32'h0) | rc_over$2 | (f0[32'h8] & rc_over$3) | (~f0[32'h8] & rc_over$4) | fx_over$2 | (~f0[32'h8] & (pp_dst_low > pp_src_low) & (rc_count_big$2 | (pp_dst_low < rc_low_sum$2)));
        v_alu = (f_count == 32'h0) | (f0[(32'h8)+:(4)] > 32'h9) | rc_over$8 | rc_over$9 | ((f0[(32'h8)+:(4)] == 32'h7) & rc_over$6) | ((f0[(32'h8)+:(4)] != 32'h7) & rc_over$7) | ((f0[(32'h8)+:(4)] != 32'h7) & (f3 > f1) & (f3 < f1 + f_count)) | (((f0[(32'h8)+:(4)] < 32'h3) | (f0[(32'h8)+:(4)] == 32'h5) | (f0[(32'h8)+:(4)] == 32'h6)) & (f3 > f2) & (f3 < f2 + f_count));
        v_table = (f0[(32'h8)+:(8)] > 32'h7) | (~k_has_alu & ((f0[(32'h8)+:(8)] == 32'h2) | (f0[(32'h8)+:(8)] == 32'h5) | (f0[(32'h8)+:(8)] == 32'h6) | (f0[(32'h8)+:(8)] == 32'h7))) | (f_lt_from_acc & rc_over$5) | (~f_lt_from_acc & fx_over$3);
        v_op_hot = (((f_op == 32'h0)) & 8'hff) | ((((f_op == 32'h1)) & 8'hff) << 32'h1) | ((((f_op == 32'h2)) & 8'hff) << 32'h2) | ((((f_op == 32'h3)) & 8'hff) << 32'h3) | ((((f_op == 32'h4)) & 8'hff) << 32'h4) | ((((f_op == 32'h5)) & 8'hff) << 32'h5) | ((((f_op == 32'h6)) & 8'hff) << 32'h6) | (((((f_op > 32'h6) | ((f_op == 32'h5) & ~k_has_alu))) & 8'hff) << 32'h7);
        verdict = ((v_op_hot) & 13'h1fff) | (((v_tile) & 13'h1fff) << 32'h8) | (((v_matmul) & 13'h1fff) << 32'h9) | (((v_post) & 13'h1fff) << 32'ha) | ((((v_alu & k_has_alu)) & 13'h1fff) << 32'hb) | (((v_table) & 13'h1fff) << 32'hc);
        op_hot$d = head_verdict[(32'h0)+:(8)];
        bad_tile$d = head_verdict[32'h8];
        bad_matmul$d = head_verdict[32'h9];
        bad_post$d = head_verdict[32'ha];
        bad_alu$d = head_verdict[32'hb];
        bad_table$d = head_verdict[32'hc];
        bad_operands = (op_hot$q[32'h1] & bad_tile$q) | (op_hot$q[32'h2] & bad_matmul$q) | (op_hot$q[32'h3] & bad_post$q) | (op_hot$q[32'h5] & bad_alu$q) | (op_hot$q[32'h6] & bad_table$q);
        bad_opcode = op_hot$q[32'h7];
        fetched_done = op_hot$q[32'h0] | bad_opcode | bad_operands;
        fetched_code = 32'h0;
        if (bad_operands) begin
            fetched_code = 32'h4;
        end
        if (bad_opcode) begin
            fetched_code = 32'h3;
        end
        opcode = op_hot$q;
        finish_at_decode = fetched_done;
        refusal = fetched_code;
    end
    
endmodule // qins_board_up5k_sim$accel$check


module qins_board_up5k_sim$accel$check$bad_alu(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$check$bad_alu


module qins_board_up5k_sim$accel$check$bad_matmul(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$check$bad_matmul


module qins_board_up5k_sim$accel$check$bad_post(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$check$bad_post


module qins_board_up5k_sim$accel$check$bad_table(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$check$bad_table


module qins_board_up5k_sim$accel$check$bad_tile(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$check$bad_tile


module qins_board_up5k_sim$accel$check$op_hot(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$check$op_hot


module qins_board_up5k_sim$accel$loader(clock,start,start_row,start_bank,tile_rows,reading,row,busy,load,load_bank);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [13:0] start_row;
    input wire  start_bank;
    input wire  [7:0] tile_rows;
    output reg  reading;
    output reg  [13:0] row;
    output reg  busy;
    output reg  load;
    output reg  load_bank;
    
    // Stub signals
    reg  running$d;
    wire  running$q;
    reg  running$clock;
    reg  [13:0] next_row$d;
    wire  [13:0] next_row$q;
    reg  next_row$clock;
    reg  [7:0] rows_left$d;
    wire  [7:0] rows_left$q;
    reg  rows_left$clock;
    reg  bank$d;
    wire  bank$q;
    reg  bank$clock;
    reg  decoding$d;
    wire  decoding$q;
    reg  decoding$clock;
    reg  decoding_bank$d;
    wire  decoding_bank$q;
    reg  decoding_bank$clock;
    reg  loading$d;
    wire  loading$q;
    reg  loading$clock;
    reg  loading_bank$d;
    wire  loading_bank$q;
    reg  loading_bank$clock;
    
    // Sub module instances
    qins_board_up5k_sim$accel$loader$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    qins_board_up5k_sim$accel$loader$next_row next_row(
        .d(next_row$d),
        .q(next_row$q),
        .clock(next_row$clock)
    );
    qins_board_up5k_sim$accel$loader$rows_left rows_left(
        .d(rows_left$d),
        .q(rows_left$q),
        .clock(rows_left$clock)
    );
    qins_board_up5k_sim$accel$loader$bank bank(
        .d(bank$d),
        .q(bank$q),
        .clock(bank$clock)
    );
    qins_board_up5k_sim$accel$loader$decoding decoding(
        .d(decoding$d),
        .q(decoding$q),
        .clock(decoding$clock)
    );
    qins_board_up5k_sim$accel$loader$decoding_bank decoding_bank(
        .d(decoding_bank$d),
        .q(decoding_bank$q),
        .clock(decoding_bank$clock)
    );
    qins_board_up5k_sim$accel$loader$loading loading(
        .d(loading$d),
        .q(loading$q),
        .clock(loading$clock)
    );
    qins_board_up5k_sim$accel$loader$loading_bank loading_bank(
        .d(loading_bank$d),
        .q(loading_bank$q),
        .clock(loading_bank$clock)
    );
    
    // Update code
    always @(*) begin
        running$clock = clock;
        next_row$clock = clock;
        rows_left$clock = clock;
        bank$clock = clock;
        decoding$clock = clock;
        decoding_bank$clock = clock;
        loading$clock = clock;
        loading_bank$clock = clock;
        running$d = running$q;
        next_row$d = next_row$q;
        rows_left$d = rows_left$q;
        bank$d = bank$q;
        decoding$d = decoding$q;
        decoding_bank$d = decoding_bank$q;
        loading$d = loading$q;
        loading_bank$d = loading_bank$q;
        if (start) begin
            running$d = 1'b1;
            next_row$d = start_row;
            rows_left$d = tile_rows;
            bank$d = start_bank;
        end
        decoding$d = running$q;
        decoding_bank$d = bank$q;
        loading$d = decoding$q;
        loading_bank$d = decoding_bank$q;
        if (running$q) begin
            next_row$d = next_row$q - 32'h1;
            rows_left$d = rows_left$q - 32'h1;
            if (rows_left$q == 32'h1) begin
                running$d = 1'b0;
            end
        end
        reading = running$q;
        row = next_row$q;
        busy = running$q | decoding$q | loading$q;
        load = loading$q;
        load_bank = loading_bank$q;
    end
    
endmodule // qins_board_up5k_sim$accel$loader


module qins_board_up5k_sim$accel$loader$bank(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$loader$bank


module qins_board_up5k_sim$accel$loader$decoding(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$loader$decoding


module qins_board_up5k_sim$accel$loader$decoding_bank(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$loader$decoding_bank


module qins_board_up5k_sim$accel$loader$loading(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$loader$loading


module qins_board_up5k_sim$accel$loader$loading_bank(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$loader$loading_bank


module qins_board_up5k_sim$accel$loader$next_row(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$loader$next_row


module qins_board_up5k_sim$accel$loader$rows_left(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$loader$rows_left


module qins_board_up5k_sim$accel$loader$running(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$loader$running


module qins_board_up5k_sim$accel$out_stage(clock,in_valid,in_acc,multiplier,shift,bias,encode,out_valid,out_word,accept_next,threshold_write$enable,threshold_write$index,threshold_write$value,code_write$enable,code_write$index,code_write$value);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    input wire signed [31:0] in_acc;
    input wire signed [15:0] multiplier;
    input wire  [5:0] shift;
    input wire signed [31:0] bias;
    input wire  encode;
    output reg  out_valid;
    output reg  [31:0] out_word;
    output reg  accept_next;
    input wire  threshold_write$enable;
    input wire  [7:0] threshold_write$index;
    input wire signed [31:0] threshold_write$value;
    input wire  code_write$enable;
    input wire  [7:0] code_write$index;
    input wire  [7:0] code_write$value;
    
    // Constant declarations
    localparam  gap_reload = 5'b10000;
    localparam  zero_4 = 4'h0;
    localparam  ones_4 = 4'hf;
    localparam  zero_36 = 36'h0;
    localparam  one_36 = 36'h1;
    localparam  zero_24 = 24'h0;
    localparam  zero_15 = 15'b0;
    localparam  ones_15 = 15'b111111111111111;
    localparam  zero_17 = 17'b0;
    localparam  zero_49 = 49'h0;
    localparam  ones_49 = 49'h1ffffffffffff;
    localparam  coarse_mask = 6'b111000;
    localparam  fine_mask = 6'b111;
    localparam  int_min = 32'h80000000;
    localparam  int_max = 32'h7fffffff;
    
    // Stub signals
    reg  serial$0$clock;
    reg  serial$0$in_valid;
    reg signed [31:0] serial$0$in_value;
    wire  serial$0$out_valid;
    wire  [7:0] serial$0$out_code;
    wire signed [31:0] serial$0$out_value;
    reg  serial$0$threshold_write$enable;
    reg  [7:0] serial$0$threshold_write$index;
    reg signed [31:0] serial$0$threshold_write$value;
    reg  serial$0$code_write$enable;
    reg  [7:0] serial$0$code_write$index;
    reg  [7:0] serial$0$code_write$value;
    reg  [4:0] gap$d;
    wire  [4:0] gap$q;
    reg  gap$clock;
    reg  gap_busy$d;
    wire  gap_busy$q;
    reg  gap_busy$clock;
    reg  gap_one$d;
    wire  gap_one$q;
    reg  gap_one$clock;
    reg  valid_pipe$0$d;
    wire  valid_pipe$0$q;
    reg  valid_pipe$0$clock;
    reg  valid_pipe$1$d;
    wire  valid_pipe$1$q;
    reg  valid_pipe$1$clock;
    reg  valid_pipe$2$d;
    wire  valid_pipe$2$q;
    reg  valid_pipe$2$clock;
    reg  valid_pipe$3$d;
    wire  valid_pipe$3$q;
    reg  valid_pipe$3$clock;
    reg  valid_pipe$4$d;
    wire  valid_pipe$4$q;
    reg  valid_pipe$4$clock;
    reg  valid_pipe$5$d;
    wire  valid_pipe$5$q;
    reg  valid_pipe$5$clock;
    reg  encode_pipe$0$d;
    wire  encode_pipe$0$q;
    reg  encode_pipe$0$clock;
    reg  encode_pipe$1$d;
    wire  encode_pipe$1$q;
    reg  encode_pipe$1$clock;
    reg  encode_pipe$2$d;
    wire  encode_pipe$2$q;
    reg  encode_pipe$2$clock;
    reg  encode_pipe$3$d;
    wire  encode_pipe$3$q;
    reg  encode_pipe$3$clock;
    reg  encode_pipe$4$d;
    wire  encode_pipe$4$q;
    reg  encode_pipe$4$clock;
    reg  encode_pipe$5$d;
    wire  encode_pipe$5$q;
    reg  encode_pipe$5$clock;
    reg  [5:0] shift_pipe$0$d;
    wire  [5:0] shift_pipe$0$q;
    reg  shift_pipe$0$clock;
    reg  [5:0] shift_pipe$1$d;
    wire  [5:0] shift_pipe$1$q;
    reg  shift_pipe$1$clock;
    reg  [5:0] shift_pipe$2$d;
    wire  [5:0] shift_pipe$2$q;
    reg  shift_pipe$2$clock;
    reg  [5:0] shift_pipe$3$d;
    wire  [5:0] shift_pipe$3$q;
    reg  shift_pipe$3$clock;
    reg signed [31:0] bias_pipe$0$d;
    wire signed [31:0] bias_pipe$0$q;
    reg  bias_pipe$0$clock;
    reg signed [31:0] bias_pipe$1$d;
    wire signed [31:0] bias_pipe$1$q;
    reg  bias_pipe$1$clock;
    reg signed [31:0] bias_pipe$2$d;
    wire signed [31:0] bias_pipe$2$q;
    reg  bias_pipe$2$clock;
    reg signed [31:0] bias_pipe$3$d;
    wire signed [31:0] bias_pipe$3$q;
    reg  bias_pipe$3$clock;
    reg signed [31:0] bias_pipe$4$d;
    wire signed [31:0] bias_pipe$4$q;
    reg  bias_pipe$4$clock;
    reg signed [31:0] acc$d;
    wire signed [31:0] acc$q;
    reg  acc$clock;
    reg signed [15:0] mult$d;
    wire signed [15:0] mult$q;
    reg  mult$clock;
    reg signed [31:0] high_product$d;
    wire signed [31:0] high_product$q;
    reg  high_product$clock;
    reg  [31:0] low_product$d;
    wire  [31:0] low_product$q;
    reg  low_product$clock;
    reg  [16:0] correction$d;
    wire  [16:0] correction$q;
    reg  correction$clock;
    reg  [31:0] doubled_high$d;
    wire  [31:0] doubled_high$q;
    reg  doubled_high$clock;
    reg  [16:0] doubled_low$d;
    wire  [16:0] doubled_low$q;
    reg  doubled_low$clock;
    reg  [48:0] coarse$d;
    wire  [48:0] coarse$q;
    reg  coarse$clock;
    reg  [48:0] shifted$d;
    wire  [48:0] shifted$q;
    reg  shifted$clock;
    reg  rounds$d;
    wire  rounds$q;
    reg  rounds$clock;
    reg  [35:0] sum$d;
    wire  [35:0] sum$q;
    reg  sum$clock;
    reg  beyond$d;
    wire  beyond$q;
    reg  beyond$clock;
    reg  beyond_negative$d;
    wire  beyond_negative$q;
    reg  beyond_negative$clock;
    reg  is_code_pipe$0$d;
    wire  is_code_pipe$0$q;
    reg  is_code_pipe$0$clock;
    reg  is_code_pipe$1$d;
    wire  is_code_pipe$1$q;
    reg  is_code_pipe$1$clock;
    reg  is_code_pipe$2$d;
    wire  is_code_pipe$2$q;
    reg  is_code_pipe$2$clock;
    reg  is_code_pipe$3$d;
    wire  is_code_pipe$3$q;
    reg  is_code_pipe$3$clock;
    reg  is_code_pipe$4$d;
    wire  is_code_pipe$4$q;
    reg  is_code_pipe$4$clock;
    reg  is_code_pipe$5$d;
    wire  is_code_pipe$5$q;
    reg  is_code_pipe$5$clock;
    reg  is_code_pipe$6$d;
    wire  is_code_pipe$6$q;
    reg  is_code_pipe$6$clock;
    reg  is_code_pipe$7$d;
    wire  is_code_pipe$7$q;
    reg  is_code_pipe$7$clock;
    reg  is_code_pipe$8$d;
    wire  is_code_pipe$8$q;
    reg  is_code_pipe$8$clock;
    reg  is_code_pipe$9$d;
    wire  is_code_pipe$9$q;
    reg  is_code_pipe$9$clock;
    reg  is_code_pipe$10$d;
    wire  is_code_pipe$10$q;
    reg  is_code_pipe$10$clock;
    reg  is_code_pipe$11$d;
    wire  is_code_pipe$11$q;
    reg  is_code_pipe$11$clock;
    reg  is_code_pipe$12$d;
    wire  is_code_pipe$12$q;
    reg  is_code_pipe$12$clock;
    reg  is_code_pipe$13$d;
    wire  is_code_pipe$13$q;
    reg  is_code_pipe$13$clock;
    reg  is_code_pipe$14$d;
    wire  is_code_pipe$14$q;
    reg  is_code_pipe$14$clock;
    reg  is_code_pipe$15$d;
    wire  is_code_pipe$15$q;
    reg  is_code_pipe$15$clock;
    reg  is_code_pipe$16$d;
    wire  is_code_pipe$16$q;
    reg  is_code_pipe$16$clock;
    reg  [14:0] low_term_wide$high;
    reg  [16:0] low_term_wide$low;
    wire  [31:0] low_term_wide$out;
    reg  [31:0] doubled_parts$high;
    reg  [16:0] doubled_parts$low;
    wire  [48:0] doubled_parts$out;
    reg  [3:0] bias_wide$high;
    reg  [31:0] bias_wide$low;
    wire  [35:0] bias_wide$out;
    reg  [23:0] code_word$high;
    reg  [7:0] code_word$low;
    wire  [31:0] code_word$out;
    
    // Local signals
    reg  [5:0] shift_coarse;
    reg  [5:0] shift_fine;
    reg signed [31:0] bias_now;
    reg  is_code_now;
    reg signed [15:0] acc_high;
    reg  [15:0] acc_low;
    reg  [16:0] low_term;
    reg  [31:0] product_high;
    reg  [48:0] doubled_fill;
    reg  [48:0] coarse_fill;
    reg  [35:0] round;
    reg  [31:0] saturated;
    
    // Sub module instances
    qins_board_up5k_sim$accel$out_stage$serial$0 serial$0(
        .clock(serial$0$clock),
        .in_valid(serial$0$in_valid),
        .in_value(serial$0$in_value),
        .out_valid(serial$0$out_valid),
        .out_code(serial$0$out_code),
        .out_value(serial$0$out_value),
        .threshold_write$enable(serial$0$threshold_write$enable),
        .threshold_write$index(serial$0$threshold_write$index),
        .threshold_write$value(serial$0$threshold_write$value),
        .code_write$enable(serial$0$code_write$enable),
        .code_write$index(serial$0$code_write$index),
        .code_write$value(serial$0$code_write$value)
    );
    qins_board_up5k_sim$accel$out_stage$gap gap(
        .d(gap$d),
        .q(gap$q),
        .clock(gap$clock)
    );
    qins_board_up5k_sim$accel$out_stage$gap_busy gap_busy(
        .d(gap_busy$d),
        .q(gap_busy$q),
        .clock(gap_busy$clock)
    );
    qins_board_up5k_sim$accel$out_stage$gap_one gap_one(
        .d(gap_one$d),
        .q(gap_one$q),
        .clock(gap_one$clock)
    );
    qins_board_up5k_sim$accel$out_stage$valid_pipe$0 valid_pipe$0(
        .d(valid_pipe$0$d),
        .q(valid_pipe$0$q),
        .clock(valid_pipe$0$clock)
    );
    qins_board_up5k_sim$accel$out_stage$valid_pipe$1 valid_pipe$1(
        .d(valid_pipe$1$d),
        .q(valid_pipe$1$q),
        .clock(valid_pipe$1$clock)
    );
    qins_board_up5k_sim$accel$out_stage$valid_pipe$2 valid_pipe$2(
        .d(valid_pipe$2$d),
        .q(valid_pipe$2$q),
        .clock(valid_pipe$2$clock)
    );
    qins_board_up5k_sim$accel$out_stage$valid_pipe$3 valid_pipe$3(
        .d(valid_pipe$3$d),
        .q(valid_pipe$3$q),
        .clock(valid_pipe$3$clock)
    );
    qins_board_up5k_sim$accel$out_stage$valid_pipe$4 valid_pipe$4(
        .d(valid_pipe$4$d),
        .q(valid_pipe$4$q),
        .clock(valid_pipe$4$clock)
    );
    qins_board_up5k_sim$accel$out_stage$valid_pipe$5 valid_pipe$5(
        .d(valid_pipe$5$d),
        .q(valid_pipe$5$q),
        .clock(valid_pipe$5$clock)
    );
    qins_board_up5k_sim$accel$out_stage$encode_pipe$0 encode_pipe$0(
        .d(encode_pipe$0$d),
        .q(encode_pipe$0$q),
        .clock(encode_pipe$0$clock)
    );
    qins_board_up5k_sim$accel$out_stage$encode_pipe$1 encode_pipe$1(
        .d(encode_pipe$1$d),
        .q(encode_pipe$1$q),
        .clock(encode_pipe$1$clock)
    );
    qins_board_up5k_sim$accel$out_stage$encode_pipe$2 encode_pipe$2(
        .d(encode_pipe$2$d),
        .q(encode_pipe$2$q),
        .clock(encode_pipe$2$clock)
    );
    qins_board_up5k_sim$accel$out_stage$encode_pipe$3 encode_pipe$3(
        .d(encode_pipe$3$d),
        .q(encode_pipe$3$q),
        .clock(encode_pipe$3$clock)
    );
    qins_board_up5k_sim$accel$out_stage$encode_pipe$4 encode_pipe$4(
        .d(encode_pipe$4$d),
        .q(encode_pipe$4$q),
        .clock(encode_pipe$4$clock)
    );
    qins_board_up5k_sim$accel$out_stage$encode_pipe$5 encode_pipe$5(
        .d(encode_pipe$5$d),
        .q(encode_pipe$5$q),
        .clock(encode_pipe$5$clock)
    );
    qins_board_up5k_sim$accel$out_stage$shift_pipe$0 shift_pipe$0(
        .d(shift_pipe$0$d),
        .q(shift_pipe$0$q),
        .clock(shift_pipe$0$clock)
    );
    qins_board_up5k_sim$accel$out_stage$shift_pipe$1 shift_pipe$1(
        .d(shift_pipe$1$d),
        .q(shift_pipe$1$q),
        .clock(shift_pipe$1$clock)
    );
    qins_board_up5k_sim$accel$out_stage$shift_pipe$2 shift_pipe$2(
        .d(shift_pipe$2$d),
        .q(shift_pipe$2$q),
        .clock(shift_pipe$2$clock)
    );
    qins_board_up5k_sim$accel$out_stage$shift_pipe$3 shift_pipe$3(
        .d(shift_pipe$3$d),
        .q(shift_pipe$3$q),
        .clock(shift_pipe$3$clock)
    );
    qins_board_up5k_sim$accel$out_stage$bias_pipe$0 bias_pipe$0(
        .d(bias_pipe$0$d),
        .q(bias_pipe$0$q),
        .clock(bias_pipe$0$clock)
    );
    qins_board_up5k_sim$accel$out_stage$bias_pipe$1 bias_pipe$1(
        .d(bias_pipe$1$d),
        .q(bias_pipe$1$q),
        .clock(bias_pipe$1$clock)
    );
    qins_board_up5k_sim$accel$out_stage$bias_pipe$2 bias_pipe$2(
        .d(bias_pipe$2$d),
        .q(bias_pipe$2$q),
        .clock(bias_pipe$2$clock)
    );
    qins_board_up5k_sim$accel$out_stage$bias_pipe$3 bias_pipe$3(
        .d(bias_pipe$3$d),
        .q(bias_pipe$3$q),
        .clock(bias_pipe$3$clock)
    );
    qins_board_up5k_sim$accel$out_stage$bias_pipe$4 bias_pipe$4(
        .d(bias_pipe$4$d),
        .q(bias_pipe$4$q),
        .clock(bias_pipe$4$clock)
    );
    qins_board_up5k_sim$accel$out_stage$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    qins_board_up5k_sim$accel$out_stage$mult mult(
        .d(mult$d),
        .q(mult$q),
        .clock(mult$clock)
    );
    qins_board_up5k_sim$accel$out_stage$high_product high_product(
        .d(high_product$d),
        .q(high_product$q),
        .clock(high_product$clock)
    );
    qins_board_up5k_sim$accel$out_stage$low_product low_product(
        .d(low_product$d),
        .q(low_product$q),
        .clock(low_product$clock)
    );
    qins_board_up5k_sim$accel$out_stage$correction correction(
        .d(correction$d),
        .q(correction$q),
        .clock(correction$clock)
    );
    qins_board_up5k_sim$accel$out_stage$doubled_high doubled_high(
        .d(doubled_high$d),
        .q(doubled_high$q),
        .clock(doubled_high$clock)
    );
    qins_board_up5k_sim$accel$out_stage$doubled_low doubled_low(
        .d(doubled_low$d),
        .q(doubled_low$q),
        .clock(doubled_low$clock)
    );
    qins_board_up5k_sim$accel$out_stage$coarse coarse(
        .d(coarse$d),
        .q(coarse$q),
        .clock(coarse$clock)
    );
    qins_board_up5k_sim$accel$out_stage$shifted shifted(
        .d(shifted$d),
        .q(shifted$q),
        .clock(shifted$clock)
    );
    qins_board_up5k_sim$accel$out_stage$rounds rounds(
        .d(rounds$d),
        .q(rounds$q),
        .clock(rounds$clock)
    );
    qins_board_up5k_sim$accel$out_stage$sum sum(
        .d(sum$d),
        .q(sum$q),
        .clock(sum$clock)
    );
    qins_board_up5k_sim$accel$out_stage$beyond beyond(
        .d(beyond$d),
        .q(beyond$q),
        .clock(beyond$clock)
    );
    qins_board_up5k_sim$accel$out_stage$beyond_negative beyond_negative(
        .d(beyond_negative$d),
        .q(beyond_negative$q),
        .clock(beyond_negative$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$0 is_code_pipe$0(
        .d(is_code_pipe$0$d),
        .q(is_code_pipe$0$q),
        .clock(is_code_pipe$0$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$1 is_code_pipe$1(
        .d(is_code_pipe$1$d),
        .q(is_code_pipe$1$q),
        .clock(is_code_pipe$1$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$2 is_code_pipe$2(
        .d(is_code_pipe$2$d),
        .q(is_code_pipe$2$q),
        .clock(is_code_pipe$2$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$3 is_code_pipe$3(
        .d(is_code_pipe$3$d),
        .q(is_code_pipe$3$q),
        .clock(is_code_pipe$3$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$4 is_code_pipe$4(
        .d(is_code_pipe$4$d),
        .q(is_code_pipe$4$q),
        .clock(is_code_pipe$4$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$5 is_code_pipe$5(
        .d(is_code_pipe$5$d),
        .q(is_code_pipe$5$q),
        .clock(is_code_pipe$5$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$6 is_code_pipe$6(
        .d(is_code_pipe$6$d),
        .q(is_code_pipe$6$q),
        .clock(is_code_pipe$6$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$7 is_code_pipe$7(
        .d(is_code_pipe$7$d),
        .q(is_code_pipe$7$q),
        .clock(is_code_pipe$7$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$8 is_code_pipe$8(
        .d(is_code_pipe$8$d),
        .q(is_code_pipe$8$q),
        .clock(is_code_pipe$8$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$9 is_code_pipe$9(
        .d(is_code_pipe$9$d),
        .q(is_code_pipe$9$q),
        .clock(is_code_pipe$9$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$10 is_code_pipe$10(
        .d(is_code_pipe$10$d),
        .q(is_code_pipe$10$q),
        .clock(is_code_pipe$10$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$11 is_code_pipe$11(
        .d(is_code_pipe$11$d),
        .q(is_code_pipe$11$q),
        .clock(is_code_pipe$11$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$12 is_code_pipe$12(
        .d(is_code_pipe$12$d),
        .q(is_code_pipe$12$q),
        .clock(is_code_pipe$12$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$13 is_code_pipe$13(
        .d(is_code_pipe$13$d),
        .q(is_code_pipe$13$q),
        .clock(is_code_pipe$13$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$14 is_code_pipe$14(
        .d(is_code_pipe$14$d),
        .q(is_code_pipe$14$q),
        .clock(is_code_pipe$14$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$15 is_code_pipe$15(
        .d(is_code_pipe$15$d),
        .q(is_code_pipe$15$q),
        .clock(is_code_pipe$15$clock)
    );
    qins_board_up5k_sim$accel$out_stage$is_code_pipe$16 is_code_pipe$16(
        .d(is_code_pipe$16$d),
        .q(is_code_pipe$16$q),
        .clock(is_code_pipe$16$clock)
    );
    qins_board_up5k_sim$accel$out_stage$low_term_wide low_term_wide(
        .high(low_term_wide$high),
        .low(low_term_wide$low),
        .out(low_term_wide$out)
    );
    qins_board_up5k_sim$accel$out_stage$doubled_parts doubled_parts(
        .high(doubled_parts$high),
        .low(doubled_parts$low),
        .out(doubled_parts$out)
    );
    qins_board_up5k_sim$accel$out_stage$bias_wide bias_wide(
        .high(bias_wide$high),
        .low(bias_wide$low),
        .out(bias_wide$out)
    );
    qins_board_up5k_sim$accel$out_stage$code_word code_word(
        .high(code_word$high),
        .low(code_word$low),
        .out(code_word$out)
    );
    
    // Update code
    always @(*) begin
        acc$clock = clock;
        mult$clock = clock;
        high_product$clock = clock;
        low_product$clock = clock;
        correction$clock = clock;
        doubled_high$clock = clock;
        doubled_low$clock = clock;
        coarse$clock = clock;
        shifted$clock = clock;
        rounds$clock = clock;
        sum$clock = clock;
        beyond$clock = clock;
        beyond_negative$clock = clock;
        gap$clock = clock;
        gap_busy$clock = clock;
        gap_one$clock = clock;
        acc$d = acc$q;
        mult$d = mult$q;
        high_product$d = high_product$q;
        low_product$d = low_product$q;
        correction$d = correction$q;
        doubled_high$d = doubled_high$q;
        doubled_low$d = doubled_low$q;
        coarse$d = coarse$q;
        shifted$d = shifted$q;
        rounds$d = rounds$q;
        sum$d = sum$q;
        beyond$d = beyond$q;
        beyond_negative$d = beyond_negative$q;
        gap$d = gap$q;
        gap_busy$d = gap_busy$q;
        gap_one$d = gap_one$q;
        valid_pipe$0$clock = clock;
        encode_pipe$0$clock = clock;
        valid_pipe$1$clock = clock;
        encode_pipe$1$clock = clock;
        valid_pipe$2$clock = clock;
        encode_pipe$2$clock = clock;
        valid_pipe$3$clock = clock;
        encode_pipe$3$clock = clock;
        valid_pipe$4$clock = clock;
        encode_pipe$4$clock = clock;
        valid_pipe$5$clock = clock;
        encode_pipe$5$clock = clock;
        shift_pipe$0$clock = clock;
        shift_pipe$1$clock = clock;
        shift_pipe$2$clock = clock;
        shift_pipe$3$clock = clock;
        bias_pipe$0$clock = clock;
        bias_pipe$1$clock = clock;
        bias_pipe$2$clock = clock;
        bias_pipe$3$clock = clock;
        bias_pipe$4$clock = clock;
        is_code_pipe$0$clock = clock;
        is_code_pipe$1$clock = clock;
        is_code_pipe$2$clock = clock;
        is_code_pipe$3$clock = clock;
        is_code_pipe$4$clock = clock;
        is_code_pipe$5$clock = clock;
        is_code_pipe$6$clock = clock;
        is_code_pipe$7$clock = clock;
        is_code_pipe$8$clock = clock;
        is_code_pipe$9$clock = clock;
        is_code_pipe$10$clock = clock;
        is_code_pipe$11$clock = clock;
        is_code_pipe$12$clock = clock;
        is_code_pipe$13$clock = clock;
        is_code_pipe$14$clock = clock;
        is_code_pipe$15$clock = clock;
        is_code_pipe$16$clock = clock;
        serial$0$clock = clock;
        if (|gap$q) begin
            gap$d = gap$q - 32'h1;
        end
        if (in_valid) begin
            gap$d = gap_reload;
        end
        gap_busy$d = in_valid | (gap_busy$q & ~gap_one$q);
        gap_one$d = ~in_valid & (gap$q == 32'h2);
        accept_next = 1'b1;
        accept_next = gap_one$q | (~gap_busy$q & ~in_valid);
        valid_pipe$0$d = in_valid;
        encode_pipe$0$d = encode;
        shift_pipe$0$d = shift;
        bias_pipe$0$d = bias;
        valid_pipe$1$d = valid_pipe$0$q;
        encode_pipe$1$d = encode_pipe$0$q;
        valid_pipe$2$d = valid_pipe$1$q;
        encode_pipe$2$d = encode_pipe$1$q;
        valid_pipe$3$d = valid_pipe$2$q;
        encode_pipe$3$d = encode_pipe$2$q;
        valid_pipe$4$d = valid_pipe$3$q;
        encode_pipe$4$d = encode_pipe$3$q;
        valid_pipe$5$d = valid_pipe$4$q;
        encode_pipe$5$d = encode_pipe$4$q;
        shift_pipe$1$d = shift_pipe$0$q;
        shift_pipe$2$d = shift_pipe$1$q;
        shift_pipe$3$d = shift_pipe$2$q;
        bias_pipe$1$d = bias_pipe$0$q;
        bias_pipe$2$d = bias_pipe$1$q;
        bias_pipe$3$d = bias_pipe$2$q;
        bias_pipe$4$d = bias_pipe$3$q;
        shift_coarse = shift_pipe$2$q;
        shift_fine = shift_pipe$3$q;
        bias_now = bias_pipe$4$q;
        is_code_pipe$0$d = encode_pipe$5$q;
        is_code_now = is_code_pipe$16$q;
        if (~in_valid) begin
            encode_pipe$0$d = encode_pipe$0$q;
            shift_pipe$0$d = shift_pipe$0$q;
            bias_pipe$0$d = bias_pipe$0$q;
        end
        shift_coarse = shift_pipe$0$q;
        shift_fine = shift_pipe$0$q;
        bias_now = bias_pipe$0$q;
        is_code_pipe$0$d = is_code_pipe$0$q;
        if (valid_pipe$5$q) begin
            is_code_pipe$0$d = encode_pipe$0$q;
        end
        is_code_now = is_code_pipe$0$q;
        acc$d = in_acc;
        mult$d = multiplier;
        acc_high = acc$q[(32'h10)+:(16)];
        acc_low = $unsigned(acc$q[(32'h0)+:(16)]);
        high_product$d = acc_high * mult$q;
        low_product$d = acc_low * $unsigned(mult$q);
        correction$d = zero_17;
        if (mult$q[32'hf]) begin
            correction$d = ((acc_low) & 17'h1ffff);
        end
        low_term = ((low_product$q[(32'h10)+:(16)]) & 17'h1ffff) - correction$q;
        low_term_wide$low = low_term;
        low_term_wide$high = zero_15;
        if (low_term[32'h10]) begin
            low_term_wide$high = ones_15;
        end
        product_high = $unsigned(high_product$q) + low_term_wide$out;
        doubled_high$d = product_high;
        doubled_low$d = low_product$q[(32'h0)+:(17)] << 32'h1;
        doubled_parts$high = doubled_high$q;
        doubled_parts$low = doubled_low$q;
        doubled_fill = zero_49;
        if (doubled_parts$out[32'h30]) begin
            doubled_fill = ones_49;
        end
        coarse$d = ((doubled_parts$out ^ doubled_fill) >> (shift_coarse & coarse_mask)) ^ doubled_fill;
        coarse_fill = zero_49;
        if (coarse$q[32'h30]) begin
            coarse_fill = ones_49;
        end
        shifted$d = ((coarse$q ^ coarse_fill) >> (shift_fine & fine_mask)) ^ coarse_fill;
        rounds$d = |shift_fine;
        bias_wide$low = $unsigned(bias_now);
        bias_wide$high = zero_4;
        if (bias_now[32'h1f]) begin
            bias_wide$high = ones_4;
        end
        round = zero_36;
        if (rounds$q) begin
            round = one_36;
        end
        sum$d = shifted$q[(32'h0)+:(36)] + ((bias_wide$out << 32'h1) | round);
        beyond$d = ~(&shifted$q[(32'h22)+:(15)] | ~|shifted$q[(32'h22)+:(15)]);
        beyond_negative$d = shifted$q[32'h30];
        saturated = sum$q[(32'h1)+:(32)];
        if (beyond$q) begin
            saturated = int_max;
            if (beyond_negative$q) begin
                saturated = int_min;
            end
        end
        else if (~(&sum$q[(32'h20)+:(4)] | ~|sum$q[(32'h20)+:(4)])) begin
            saturated = int_max;
            if (sum$q[32'h23]) begin
                saturated = int_min;
            end
        end
        is_code_pipe$1$d = is_code_pipe$0$q;
        is_code_pipe$2$d = is_code_pipe$1$q;
        is_code_pipe$3$d = is_code_pipe$2$q;
        is_code_pipe$4$d = is_code_pipe$3$q;
        is_code_pipe$5$d = is_code_pipe$4$q;
        is_code_pipe$6$d = is_code_pipe$5$q;
        is_code_pipe$7$d = is_code_pipe$6$q;
        is_code_pipe$8$d = is_code_pipe$7$q;
        is_code_pipe$9$d = is_code_pipe$8$q;
        is_code_pipe$10$d = is_code_pipe$9$q;
        is_code_pipe$11$d = is_code_pipe$10$q;
        is_code_pipe$12$d = is_code_pipe$11$q;
        is_code_pipe$13$d = is_code_pipe$12$q;
        is_code_pipe$14$d = is_code_pipe$13$q;
        is_code_pipe$15$d = is_code_pipe$14$q;
        is_code_pipe$16$d = is_code_pipe$15$q;
        code_word$high = zero_24;
        serial$0$in_valid = valid_pipe$5$q;
        serial$0$in_value = $signed(saturated);
        out_valid = serial$0$out_valid;
        code_word$low = serial$0$out_code;
        out_word = $unsigned(serial$0$out_value);
        serial$0$threshold_write$enable = threshold_write$enable;
        serial$0$threshold_write$index = threshold_write$index;
        serial$0$threshold_write$value = threshold_write$value;
        serial$0$code_write$enable = code_write$enable;
        serial$0$code_write$index = code_write$index;
        serial$0$code_write$value = code_write$value;
        if (is_code_now) begin
            out_word = code_word$out;
        end
    end
    
endmodule // qins_board_up5k_sim$accel$out_stage


module qins_board_up5k_sim$accel$out_stage$acc(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$acc


module qins_board_up5k_sim$accel$out_stage$beyond(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$beyond


module qins_board_up5k_sim$accel$out_stage$beyond_negative(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$beyond_negative


module qins_board_up5k_sim$accel$out_stage$bias_pipe$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$bias_pipe$0


module qins_board_up5k_sim$accel$out_stage$bias_pipe$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$bias_pipe$1


module qins_board_up5k_sim$accel$out_stage$bias_pipe$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$bias_pipe$2


module qins_board_up5k_sim$accel$out_stage$bias_pipe$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$bias_pipe$3


module qins_board_up5k_sim$accel$out_stage$bias_pipe$4(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$bias_pipe$4


module qins_board_up5k_sim$accel$out_stage$bias_wide(high,low,out);
    
    // Module arguments
    input wire  [3:0] high;
    input wire  [31:0] low;
    output reg  [35:0] out;
    
    // Update code (custom)
    always @(*) out = {high, low};
endmodule // qins_board_up5k_sim$accel$out_stage$bias_wide


module qins_board_up5k_sim$accel$out_stage$coarse(d,q,clock);
    
    // Module arguments
    input wire  [48:0] d;
    output reg  [48:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 49'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$coarse


module qins_board_up5k_sim$accel$out_stage$code_word(high,low,out);
    
    // Module arguments
    input wire  [23:0] high;
    input wire  [7:0] low;
    output reg  [31:0] out;
    
    // Update code (custom)
    always @(*) out = {high, low};
endmodule // qins_board_up5k_sim$accel$out_stage$code_word


module qins_board_up5k_sim$accel$out_stage$correction(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$correction


module qins_board_up5k_sim$accel$out_stage$doubled_high(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$doubled_high


module qins_board_up5k_sim$accel$out_stage$doubled_low(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$doubled_low


module qins_board_up5k_sim$accel$out_stage$doubled_parts(high,low,out);
    
    // Module arguments
    input wire  [31:0] high;
    input wire  [16:0] low;
    output reg  [48:0] out;
    
    // Update code (custom)
    always @(*) out = {high, low};
endmodule // qins_board_up5k_sim$accel$out_stage$doubled_parts


module qins_board_up5k_sim$accel$out_stage$encode_pipe$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$encode_pipe$0


module qins_board_up5k_sim$accel$out_stage$encode_pipe$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$encode_pipe$1


module qins_board_up5k_sim$accel$out_stage$encode_pipe$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$encode_pipe$2


module qins_board_up5k_sim$accel$out_stage$encode_pipe$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$encode_pipe$3


module qins_board_up5k_sim$accel$out_stage$encode_pipe$4(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$encode_pipe$4


module qins_board_up5k_sim$accel$out_stage$encode_pipe$5(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$encode_pipe$5


module qins_board_up5k_sim$accel$out_stage$gap(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$gap


module qins_board_up5k_sim$accel$out_stage$gap_busy(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$gap_busy


module qins_board_up5k_sim$accel$out_stage$gap_one(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$gap_one


module qins_board_up5k_sim$accel$out_stage$high_product(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$high_product


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$0


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$1


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$10(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$10


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$11(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$11


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$12(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$12


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$13(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$13


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$14(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$14


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$15(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$15


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$16(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$16


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$2


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$3


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$4(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$4


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$5(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$5


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$6(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$6


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$7(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$7


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$8(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$8


module qins_board_up5k_sim$accel$out_stage$is_code_pipe$9(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$is_code_pipe$9


module qins_board_up5k_sim$accel$out_stage$low_product(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$low_product


module qins_board_up5k_sim$accel$out_stage$low_term_wide(high,low,out);
    
    // Module arguments
    input wire  [14:0] high;
    input wire  [16:0] low;
    output reg  [31:0] out;
    
    // Update code (custom)
    always @(*) out = {high, low};
endmodule // qins_board_up5k_sim$accel$out_stage$low_term_wide


module qins_board_up5k_sim$accel$out_stage$mult(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$mult


module qins_board_up5k_sim$accel$out_stage$rounds(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$rounds


module qins_board_up5k_sim$accel$out_stage$serial$0(clock,in_valid,in_value,out_valid,out_code,out_value,threshold_write$enable,threshold_write$index,threshold_write$value,code_write$enable,code_write$index,code_write$value);
    
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
    localparam  first_bit = 8'h80;
    localparam  first_mask = 8'h7f;
    localparam  zero_rank = 8'h0;
    
    // Stub signals
    reg  [7:0] thresholds$read_address;
    reg  thresholds$read_clock;
    wire signed [31:0] thresholds$read_data;
    reg  [7:0] thresholds$write_address;
    reg  thresholds$write_clock;
    reg signed [31:0] thresholds$write_data;
    reg  thresholds$write_enable;
    reg  [7:0] code_of_rank$read_address;
    reg  code_of_rank$read_clock;
    wire  [7:0] code_of_rank$read_data;
    reg  [7:0] code_of_rank$write_address;
    reg  code_of_rank$write_clock;
    reg  [7:0] code_of_rank$write_data;
    reg  code_of_rank$write_enable;
    reg signed [31:0] value$d;
    wire signed [31:0] value$q;
    reg  value$clock;
    reg  [7:0] rank$d;
    wire  [7:0] rank$q;
    reg  rank$clock;
    reg  [7:0] probe_bit$d;
    wire  [7:0] probe_bit$q;
    reg  probe_bit$clock;
    reg  [7:0] probe_mask$d;
    wire  [7:0] probe_mask$q;
    reg  probe_mask$clock;
    reg  comparing$d;
    wire  comparing$q;
    reg  comparing$clock;
    reg  ge$d;
    wire  ge$q;
    reg  ge$clock;
    reg  updating$d;
    wire  updating$q;
    reg  updating$clock;
    reg  emitting$d;
    wire  emitting$q;
    reg  emitting$clock;
    
    // Local signals
    reg  [7:0] rank_next;
    reg signed [15:0] value_high;
    reg  [15:0] value_low;
    reg signed [15:0] threshold_high;
    reg  [15:0] threshold_low;
    reg  at_least;
    
    // Sub module instances
    qins_board_up5k_sim$accel$out_stage$serial$0$thresholds thresholds(
        .read_address(thresholds$read_address),
        .read_clock(thresholds$read_clock),
        .read_data(thresholds$read_data),
        .write_address(thresholds$write_address),
        .write_clock(thresholds$write_clock),
        .write_data(thresholds$write_data),
        .write_enable(thresholds$write_enable)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$code_of_rank code_of_rank(
        .read_address(code_of_rank$read_address),
        .read_clock(code_of_rank$read_clock),
        .read_data(code_of_rank$read_data),
        .write_address(code_of_rank$write_address),
        .write_clock(code_of_rank$write_clock),
        .write_data(code_of_rank$write_data),
        .write_enable(code_of_rank$write_enable)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$value value(
        .d(value$d),
        .q(value$q),
        .clock(value$clock)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$rank rank(
        .d(rank$d),
        .q(rank$q),
        .clock(rank$clock)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$probe_bit probe_bit(
        .d(probe_bit$d),
        .q(probe_bit$q),
        .clock(probe_bit$clock)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$probe_mask probe_mask(
        .d(probe_mask$d),
        .q(probe_mask$q),
        .clock(probe_mask$clock)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$comparing comparing(
        .d(comparing$d),
        .q(comparing$q),
        .clock(comparing$clock)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$ge ge(
        .d(ge$d),
        .q(ge$q),
        .clock(ge$clock)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$updating updating(
        .d(updating$d),
        .q(updating$q),
        .clock(updating$clock)
    );
    qins_board_up5k_sim$accel$out_stage$serial$0$emitting emitting(
        .d(emitting$d),
        .q(emitting$q),
        .clock(emitting$clock)
    );
    
    // Update code
    always @(*) begin
        value$clock = clock;
        rank$clock = clock;
        probe_bit$clock = clock;
        probe_mask$clock = clock;
        comparing$clock = clock;
        ge$clock = clock;
        updating$clock = clock;
        emitting$clock = clock;
        value$d = value$q;
        rank$d = rank$q;
        probe_bit$d = probe_bit$q;
        probe_mask$d = probe_mask$q;
        comparing$d = comparing$q;
        ge$d = ge$q;
        updating$d = updating$q;
        emitting$d = emitting$q;
        thresholds$read_clock = clock;
        thresholds$write_clock = clock;
        code_of_rank$read_clock = clock;
        code_of_rank$write_clock = clock;
        value_high = value$q[(32'h10)+:(16)];
        value_low = $unsigned(value$q[(32'h0)+:(16)]);
        threshold_high = thresholds$read_data[(32'h10)+:(16)];
        threshold_low = $unsigned(thresholds$read_data[(32'h0)+:(16)]);
        at_least = (value_high > threshold_high) | ((value_high == threshold_high) & (value_low >= threshold_low));
        ge$d = at_least;
        rank_next = rank$q;
        if (updating$q & ge$q) begin
            rank_next = rank$q | probe_bit$q;
        end
        thresholds$read_address = rank_next | (probe_mask$q >> 32'h1);
        comparing$d = 1'b0;
        updating$d = comparing$q;
        emitting$d = 1'b0;
        if (updating$q) begin
            rank$d = rank_next;
            probe_bit$d = probe_bit$q >> 32'h1;
            probe_mask$d = probe_mask$q >> 32'h1;
            comparing$d = ~probe_bit$q[32'h0];
            emitting$d = probe_bit$q[32'h0];
        end
        if (in_valid) begin
            value$d = in_value;
            rank$d = zero_rank;
            probe_bit$d = first_bit;
            probe_mask$d = first_mask;
            thresholds$read_address = first_mask;
            comparing$d = 1'b1;
            updating$d = 1'b0;
            emitting$d = 1'b0;
        end
        code_of_rank$read_address = rank_next;
        out_valid = emitting$q;
        out_code = code_of_rank$read_data;
        out_value = value$q;
        thresholds$write_enable = threshold_write$enable & ~&threshold_write$index;
        thresholds$write_address = threshold_write$index;
        thresholds$write_data = threshold_write$value;
        code_of_rank$write_enable = code_write$enable;
        code_of_rank$write_address = code_write$index;
        code_of_rank$write_data = code_write$value;
    end
    
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0


module qins_board_up5k_sim$accel$out_stage$serial$0$code_of_rank(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$code_of_rank


module qins_board_up5k_sim$accel$out_stage$serial$0$comparing(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$comparing


module qins_board_up5k_sim$accel$out_stage$serial$0$emitting(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$emitting


module qins_board_up5k_sim$accel$out_stage$serial$0$ge(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$ge


module qins_board_up5k_sim$accel$out_stage$serial$0$probe_bit(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$probe_bit


module qins_board_up5k_sim$accel$out_stage$serial$0$probe_mask(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$probe_mask


module qins_board_up5k_sim$accel$out_stage$serial$0$rank(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$rank


module qins_board_up5k_sim$accel$out_stage$serial$0$thresholds(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg signed [31:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[255:0];
    
    initial begin
    mem[8'h0] = 32'h80000000;
    mem[8'h1] = 32'hffa10000;
    mem[8'h2] = 32'hffcbaaab;
    mem[8'h3] = 32'hffdbaaab;
    mem[8'h4] = 32'hffe43334;
    mem[8'h5] = 32'hffe98889;
    mem[8'h6] = 32'hffed30c4;
    mem[8'h7] = 32'hffefdb6e;
    mem[8'h8] = 32'hfff1e38f;
    mem[8'h9] = 32'hfff37d28;
    mem[8'ha] = 32'hfff4c826;
    mem[8'hb] = 32'hfff5d937;
    mem[8'hc] = 32'hfff6be5c;
    mem[8'hd] = 32'hfff78169;
    mem[8'he] = 32'hfff82973;
    mem[8'hf] = 32'hfff8bbbc;
    mem[8'h10] = 32'hfff93c3d;
    mem[8'h11] = 32'hfff9ae04;
    mem[8'h12] = 32'hfffa1377;
    mem[8'h13] = 32'hfffa6e7c;
    mem[8'h14] = 32'hfffac09d;
    mem[8'h15] = 32'hfffb0b16;
    mem[8'h16] = 32'hfffb4eed;
    mem[8'h17] = 32'hfffb8cfd;
    mem[8'h18] = 32'hfffbc5fa;
    mem[8'h19] = 32'hfffbfa7d;
    mem[8'h1a] = 32'hfffc2b09;
    mem[8'h1b] = 32'hfffc580b;
    mem[8'h1c] = 32'hfffc81e5;
    mem[8'h1d] = 32'hfffca8e7;
    mem[8'h1e] = 32'hfffccd5a;
    mem[8'h1f] = 32'hfffcef7c;
    mem[8'h20] = 32'hfffd0f84;
    mem[8'h21] = 32'hfffd2da2;
    mem[8'h22] = 32'hfffd4a01;
    mem[8'h23] = 32'hfffd64c7;
    mem[8'h24] = 32'hfffd7e14;
    mem[8'h25] = 32'hfffd9609;
    mem[8'h26] = 32'hfffdacbe;
    mem[8'h27] = 32'hfffdc24d;
    mem[8'h28] = 32'hfffdd6cb;
    mem[8'h29] = 32'hfffdea4c;
    mem[8'h2a] = 32'hfffdfce2;
    mem[8'h2b] = 32'hfffe0e9d;
    mem[8'h2c] = 32'hfffe1f8d;
    mem[8'h2d] = 32'hfffe2fbd;
    mem[8'h2e] = 32'hfffe3f3b;
    mem[8'h2f] = 32'hfffe4e13;
    mem[8'h30] = 32'hfffe5c4d;
    mem[8'h31] = 32'hfffe69f4;
    mem[8'h32] = 32'hfffe7711;
    mem[8'h33] = 32'hfffe83ac;
    mem[8'h34] = 32'hfffe8fcb;
    mem[8'h35] = 32'hfffe9b76;
    mem[8'h36] = 32'hfffea6b4;
    mem[8'h37] = 32'hfffeb18a;
    mem[8'h38] = 32'hfffebbfe;
    mem[8'h39] = 32'hfffec615;
    mem[8'h3a] = 32'hfffecfd3;
    mem[8'h3b] = 32'hfffed93e;
    mem[8'h3c] = 32'hfffee258;
    mem[8'h3d] = 32'hfffeeb27;
    mem[8'h3e] = 32'hfffef3ae;
    mem[8'h3f] = 32'hfffefbf0;
    mem[8'h40] = 32'hffff03f1;
    mem[8'h41] = 32'hffff0bb3;
    mem[8'h42] = 32'hffff1339;
    mem[8'h43] = 32'hffff1a86;
    mem[8'h44] = 32'hffff219d;
    mem[8'h45] = 32'hffff287f;
    mem[8'h46] = 32'hffff2f2f;
    mem[8'h47] = 32'hffff35b0;
    mem[8'h48] = 32'hffff3c02;
    mem[8'h49] = 32'hffff4228;
    mem[8'h4a] = 32'hffff4825;
    mem[8'h4b] = 32'hffff4df8;
    mem[8'h4c] = 32'hffff53a5;
    mem[8'h4d] = 32'hffff592c;
    mem[8'h4e] = 32'hffff5e8f;
    mem[8'h4f] = 32'hffff63cf;
    mem[8'h50] = 32'hffff68ee;
    mem[8'h51] = 32'hffff6ded;
    mem[8'h52] = 32'hffff72cd;
    mem[8'h53] = 32'hffff778f;
    mem[8'h54] = 32'hffff7c34;
    mem[8'h55] = 32'hffff80bd;
    mem[8'h56] = 32'hffff852b;
    mem[8'h57] = 32'hffff8980;
    mem[8'h58] = 32'hffff8dbb;
    mem[8'h59] = 32'hffff91de;
    mem[8'h5a] = 32'hffff95ea;
    mem[8'h5b] = 32'hffff99df;
    mem[8'h5c] = 32'hffff9dbe;
    mem[8'h5d] = 32'hffffa188;
    mem[8'h5e] = 32'hffffa53e;
    mem[8'h5f] = 32'hffffa8df;
    mem[8'h60] = 32'hffffac6e;
    mem[8'h61] = 32'hffffafe9;
    mem[8'h62] = 32'hffffb353;
    mem[8'h63] = 32'hffffb6ab;
    mem[8'h64] = 32'hffffb9f2;
    mem[8'h65] = 32'hffffbd28;
    mem[8'h66] = 32'hffffc04e;
    mem[8'h67] = 32'hffffc365;
    mem[8'h68] = 32'hffffc66d;
    mem[8'h69] = 32'hffffc966;
    mem[8'h6a] = 32'hffffcc50;
    mem[8'h6b] = 32'hffffcf2d;
    mem[8'h6c] = 32'hffffd1fc;
    mem[8'h6d] = 32'hffffd4bf;
    mem[8'h6e] = 32'hffffd774;
    mem[8'h6f] = 32'hffffda1d;
    mem[8'h70] = 32'hffffdcba;
    mem[8'h71] = 32'hffffdf4b;
    mem[8'h72] = 32'hffffe1d0;
    mem[8'h73] = 32'hffffe44a;
    mem[8'h74] = 32'hffffe6ba;
    mem[8'h75] = 32'hffffe91f;
    mem[8'h76] = 32'hffffeb79;
    mem[8'h77] = 32'hffffedca;
    mem[8'h78] = 32'hfffff010;
    mem[8'h79] = 32'hfffff24d;
    mem[8'h7a] = 32'hfffff481;
    mem[8'h7b] = 32'hfffff6ab;
    mem[8'h7c] = 32'hfffff8cd;
    mem[8'h7d] = 32'hfffffae6;
    mem[8'h7e] = 32'hfffffcf6;
    mem[8'h7f] = 32'hfffffefe;
    mem[8'h80] = 32'h103;
    mem[8'h81] = 32'h30b;
    mem[8'h82] = 32'h51b;
    mem[8'h83] = 32'h734;
    mem[8'h84] = 32'h956;
    mem[8'h85] = 32'hb80;
    mem[8'h86] = 32'hdb4;
    mem[8'h87] = 32'hff1;
    mem[8'h88] = 32'h1237;
    mem[8'h89] = 32'h1488;
    mem[8'h8a] = 32'h16e2;
    mem[8'h8b] = 32'h1947;
    mem[8'h8c] = 32'h1bb7;
    mem[8'h8d] = 32'h1e31;
    mem[8'h8e] = 32'h20b6;
    mem[8'h8f] = 32'h2347;
    mem[8'h90] = 32'h25e4;
    mem[8'h91] = 32'h288d;
    mem[8'h92] = 32'h2b42;
    mem[8'h93] = 32'h2e05;
    mem[8'h94] = 32'h30d4;
    mem[8'h95] = 32'h33b1;
    mem[8'h96] = 32'h369b;
    mem[8'h97] = 32'h3994;
    mem[8'h98] = 32'h3c9c;
    mem[8'h99] = 32'h3fb3;
    mem[8'h9a] = 32'h42d9;
    mem[8'h9b] = 32'h460f;
    mem[8'h9c] = 32'h4956;
    mem[8'h9d] = 32'h4cae;
    mem[8'h9e] = 32'h5018;
    mem[8'h9f] = 32'h5393;
    mem[8'ha0] = 32'h5722;
    mem[8'ha1] = 32'h5ac3;
    mem[8'ha2] = 32'h5e79;
    mem[8'ha3] = 32'h6243;
    mem[8'ha4] = 32'h6622;
    mem[8'ha5] = 32'h6a17;
    mem[8'ha6] = 32'h6e23;
    mem[8'ha7] = 32'h7246;
    mem[8'ha8] = 32'h7681;
    mem[8'ha9] = 32'h7ad6;
    mem[8'haa] = 32'h7f44;
    mem[8'hab] = 32'h83cd;
    mem[8'hac] = 32'h8872;
    mem[8'had] = 32'h8d34;
    mem[8'hae] = 32'h9214;
    mem[8'haf] = 32'h9713;
    mem[8'hb0] = 32'h9c32;
    mem[8'hb1] = 32'ha172;
    mem[8'hb2] = 32'ha6d5;
    mem[8'hb3] = 32'hac5c;
    mem[8'hb4] = 32'hb209;
    mem[8'hb5] = 32'hb7dc;
    mem[8'hb6] = 32'hbdd9;
    mem[8'hb7] = 32'hc3ff;
    mem[8'hb8] = 32'hca51;
    mem[8'hb9] = 32'hd0d2;
    mem[8'hba] = 32'hd782;
    mem[8'hbb] = 32'hde64;
    mem[8'hbc] = 32'he57b;
    mem[8'hbd] = 32'hecc8;
    mem[8'hbe] = 32'hf44e;
    mem[8'hbf] = 32'hfc10;
    mem[8'hc0] = 32'h10411;
    mem[8'hc1] = 32'h10c53;
    mem[8'hc2] = 32'h114da;
    mem[8'hc3] = 32'h11da9;
    mem[8'hc4] = 32'h126c3;
    mem[8'hc5] = 32'h1302e;
    mem[8'hc6] = 32'h139ec;
    mem[8'hc7] = 32'h14403;
    mem[8'hc8] = 32'h14e77;
    mem[8'hc9] = 32'h1594d;
    mem[8'hca] = 32'h1648b;
    mem[8'hcb] = 32'h17036;
    mem[8'hcc] = 32'h17c55;
    mem[8'hcd] = 32'h188f0;
    mem[8'hce] = 32'h1960d;
    mem[8'hcf] = 32'h1a3b4;
    mem[8'hd0] = 32'h1b1ee;
    mem[8'hd1] = 32'h1c0c6;
    mem[8'hd2] = 32'h1d044;
    mem[8'hd3] = 32'h1e074;
    mem[8'hd4] = 32'h1f164;
    mem[8'hd5] = 32'h2031f;
    mem[8'hd6] = 32'h215b5;
    mem[8'hd7] = 32'h22936;
    mem[8'hd8] = 32'h23db4;
    mem[8'hd9] = 32'h25343;
    mem[8'hda] = 32'h269f8;
    mem[8'hdb] = 32'h281ed;
    mem[8'hdc] = 32'h29b3a;
    mem[8'hdd] = 32'h2b600;
    mem[8'hde] = 32'h2d25f;
    mem[8'hdf] = 32'h2f07d;
    mem[8'he0] = 32'h31085;
    mem[8'he1] = 32'h332a7;
    mem[8'he2] = 32'h3571a;
    mem[8'he3] = 32'h37e1c;
    mem[8'he4] = 32'h3a7f6;
    mem[8'he5] = 32'h3d4f8;
    mem[8'he6] = 32'h40584;
    mem[8'he7] = 32'h43a07;
    mem[8'he8] = 32'h47304;
    mem[8'he9] = 32'h4b114;
    mem[8'hea] = 32'h4f4eb;
    mem[8'heb] = 32'h53f64;
    mem[8'hec] = 32'h59185;
    mem[8'hed] = 32'h5ec8a;
    mem[8'hee] = 32'h651fd;
    mem[8'hef] = 32'h6c3c4;
    mem[8'hf0] = 32'h74445;
    mem[8'hf1] = 32'h7d68e;
    mem[8'hf2] = 32'h87e98;
    mem[8'hf3] = 32'h941a5;
    mem[8'hf4] = 32'ha26ca;
    mem[8'hf5] = 32'hb37db;
    mem[8'hf6] = 32'hc82d9;
    mem[8'hf7] = 32'he1c72;
    mem[8'hf8] = 32'h102493;
    mem[8'hf9] = 32'h12cf3d;
    mem[8'hfa] = 32'h167778;
    mem[8'hfb] = 32'h1bcccd;
    mem[8'hfc] = 32'h245556;
    mem[8'hfd] = 32'h345556;
    mem[8'hfe] = 32'h5f0000;
    mem[8'hff] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$thresholds


module qins_board_up5k_sim$accel$out_stage$serial$0$updating(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$updating


module qins_board_up5k_sim$accel$out_stage$serial$0$value(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$serial$0$value


module qins_board_up5k_sim$accel$out_stage$shift_pipe$0(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$shift_pipe$0


module qins_board_up5k_sim$accel$out_stage$shift_pipe$1(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$shift_pipe$1


module qins_board_up5k_sim$accel$out_stage$shift_pipe$2(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$shift_pipe$2


module qins_board_up5k_sim$accel$out_stage$shift_pipe$3(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$shift_pipe$3


module qins_board_up5k_sim$accel$out_stage$shifted(d,q,clock);
    
    // Module arguments
    input wire  [48:0] d;
    output reg  [48:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 49'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$shifted


module qins_board_up5k_sim$accel$out_stage$sum(d,q,clock);
    
    // Module arguments
    input wire  [35:0] d;
    output reg  [35:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 36'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$out_stage$sum


module qins_board_up5k_sim$accel$out_stage$valid_pipe$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$valid_pipe$0


module qins_board_up5k_sim$accel$out_stage$valid_pipe$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$valid_pipe$1


module qins_board_up5k_sim$accel$out_stage$valid_pipe$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$valid_pipe$2


module qins_board_up5k_sim$accel$out_stage$valid_pipe$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$valid_pipe$3


module qins_board_up5k_sim$accel$out_stage$valid_pipe$4(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$valid_pipe$4


module qins_board_up5k_sim$accel$out_stage$valid_pipe$5(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$out_stage$valid_pipe$5


module qins_board_up5k_sim$accel$param_bias(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$accel$param_bias


module qins_board_up5k_sim$accel$param_scale(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [21:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [21:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[21:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$accel$param_scale


module qins_board_up5k_sim$accel$post(clock,load,command$0,command$1,command$2,command$3,start,array_size,accept_next,result_valid,acc_read$0,acc_read$1,issue,acc_address,param_address,stage_valid,stage_acc,encode,out_vector,out_lane,idle,finished);
    
    // Module arguments
    input wire  clock;
    input wire  load;
    input wire  [31:0] command$0;
    input wire  [31:0] command$1;
    input wire  [31:0] command$2;
    input wire  [31:0] command$3;
    input wire  start;
    input wire  [7:0] array_size;
    input wire  accept_next;
    input wire  result_valid;
    input wire signed [31:0] acc_read$0;
    input wire signed [31:0] acc_read$1;
    output reg  issue;
    output reg  [7:0] acc_address;
    output reg  [5:0] param_address;
    output reg  stage_valid;
    output reg signed [31:0] stage_acc;
    output reg  encode;
    output reg  [23:0] out_vector;
    output reg  [1:0] out_lane;
    output reg  idle;
    output reg  finished;
    
    // Stub signals
    reg  [7:0] source$d;
    wire  [7:0] source$q;
    reg  source$clock;
    reg  [15:0] left$d;
    wire  [15:0] left$q;
    reg  left$clock;
    reg  zero$d;
    wire  zero$q;
    reg  zero$clock;
    reg  run$d;
    wire  run$q;
    reg  run$clock;
    reg  [7:0] lane$d;
    wire  [7:0] lane$q;
    reg  lane$clock;
    reg  lane_last$d;
    wire  lane_last$q;
    reg  lane_last$clock;
    reg  [5:0] base$d;
    wire  [5:0] base$q;
    reg  base$clock;
    reg  encoding$d;
    wire  encoding$q;
    reg  encoding$clock;
    reg  read_valid$d;
    wire  read_valid$q;
    reg  read_valid$clock;
    reg  [7:0] read_lane$d;
    wire  [7:0] read_lane$q;
    reg  read_lane$clock;
    reg  [23:0] vector$d;
    wire  [23:0] vector$q;
    reg  vector$clock;
    reg  [1:0] lane_hot$d;
    wire  [1:0] lane_hot$q;
    reg  lane_hot$clock;
    reg  outstanding$clock;
    reg  outstanding$up;
    reg  outstanding$down;
    wire  [15:0] outstanding$level;
    wire  outstanding$nonzero;
    
    // Sub module instances
    qins_board_up5k_sim$accel$post$source source(
        .d(source$d),
        .q(source$q),
        .clock(source$clock)
    );
    qins_board_up5k_sim$accel$post$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    qins_board_up5k_sim$accel$post$zero zero(
        .d(zero$d),
        .q(zero$q),
        .clock(zero$clock)
    );
    qins_board_up5k_sim$accel$post$run run(
        .d(run$d),
        .q(run$q),
        .clock(run$clock)
    );
    qins_board_up5k_sim$accel$post$lane lane(
        .d(lane$d),
        .q(lane$q),
        .clock(lane$clock)
    );
    qins_board_up5k_sim$accel$post$lane_last lane_last(
        .d(lane_last$d),
        .q(lane_last$q),
        .clock(lane_last$clock)
    );
    qins_board_up5k_sim$accel$post$base base(
        .d(base$d),
        .q(base$q),
        .clock(base$clock)
    );
    qins_board_up5k_sim$accel$post$encoding encoding(
        .d(encoding$d),
        .q(encoding$q),
        .clock(encoding$clock)
    );
    qins_board_up5k_sim$accel$post$read_valid read_valid(
        .d(read_valid$d),
        .q(read_valid$q),
        .clock(read_valid$clock)
    );
    qins_board_up5k_sim$accel$post$read_lane read_lane(
        .d(read_lane$d),
        .q(read_lane$q),
        .clock(read_lane$clock)
    );
    qins_board_up5k_sim$accel$post$vector vector(
        .d(vector$d),
        .q(vector$q),
        .clock(vector$clock)
    );
    qins_board_up5k_sim$accel$post$lane_hot lane_hot(
        .d(lane_hot$d),
        .q(lane_hot$q),
        .clock(lane_hot$clock)
    );
    qins_board_up5k_sim$accel$post$outstanding outstanding(
        .clock(outstanding$clock),
        .up(outstanding$up),
        .down(outstanding$down),
        .level(outstanding$level),
        .nonzero(outstanding$nonzero)
    );
    
    // Update code
    always @(*) begin
        source$clock = clock;
        left$clock = clock;
        zero$clock = clock;
        run$clock = clock;
        lane$clock = clock;
        lane_last$clock = clock;
        base$clock = clock;
        encoding$clock = clock;
        read_valid$clock = clock;
        read_lane$clock = clock;
        vector$clock = clock;
        lane_hot$clock = clock;
        source$d = source$q;
        left$d = left$q;
        zero$d = zero$q;
        run$d = run$q;
        lane$d = lane$q;
        lane_last$d = lane_last$q;
        base$d = base$q;
        encoding$d = encoding$q;
        read_valid$d = read_valid$q;
        read_lane$d = read_lane$q;
        vector$d = vector$q;
        lane_hot$d = lane_hot$q;
        outstanding$clock = clock;
        if (load) begin
            source$d = ((command$1) & 8'hff);
            left$d = command$0[(32'h10)+:(16)];
            zero$d = command$0[(32'h10)+:(16)] == 32'h0;
            lane$d = 32'h0;
            lane_last$d = 1'b0;
            base$d = ((command$3) & 6'h3f);
            encoding$d = command$0[32'h8];
            vector$d = command$2[(32'h0)+:(24)];
            lane_hot$d = 32'h1;
        end
        if (start) begin
            run$d = ~zero$q;
        end
        issue = run$q & accept_next;
        if (issue) begin
            if (lane_last$q) begin
                lane$d = 32'h0;
                lane_last$d = 1'b0;
                source$d = source$q + 32'h1;
                left$d = left$q - 32'h1;
                run$d = left$q != 32'h1;
            end
            else begin
                lane$d = lane$q + 32'h1;
                lane_last$d = lane$q == array_size - 32'h2;
            end
        end
        acc_address = source$q;
        param_address = base$q + ((lane$q) & 6'h3f);
        read_valid$d = issue;
        read_lane$d = lane$q;
        stage_acc = 32'h0;
        if (read_lane$q == 0) begin
            stage_acc = acc_read$0;
        end
        if (read_lane$q == 1) begin
            stage_acc = acc_read$1;
        end
        stage_valid = read_valid$q;
        encode = encoding$q;
        outstanding$up = issue;
        outstanding$down = result_valid;
        if (result_valid) begin
            lane_hot$d = lane_hot$q << 32'h1;
            if (lane_hot$q[1]) begin
                lane_hot$d = 32'h1;
                vector$d = vector$q + 32'h1;
            end
        end
        out_vector = vector$q;
        out_lane = lane_hot$q;
        idle = ~read_valid$q & ~outstanding$nonzero;
        finished = ~run$q & ~read_valid$q & ~outstanding$nonzero;
    end
    
endmodule // qins_board_up5k_sim$accel$post


module qins_board_up5k_sim$accel$post$base(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$post$base


module qins_board_up5k_sim$accel$post$encoding(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$encoding


module qins_board_up5k_sim$accel$post$lane(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$lane


module qins_board_up5k_sim$accel$post$lane_hot(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$post$lane_hot


module qins_board_up5k_sim$accel$post$lane_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$lane_last


module qins_board_up5k_sim$accel$post$left(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$left


module qins_board_up5k_sim$accel$post$outstanding(clock,up,down,level,nonzero);
    
    // Module arguments
    input wire  clock;
    input wire  up;
    input wire  down;
    output reg  [15:0] level;
    output reg  nonzero;
    
    // Stub signals
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  any$d;
    wire  any$q;
    reg  any$clock;
    
    // Sub module instances
    qins_board_up5k_sim$accel$post$outstanding$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    qins_board_up5k_sim$accel$post$outstanding$any any(
        .d(any$d),
        .q(any$q),
        .clock(any$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        any$clock = clock;
        count$d = count$q;
        any$d = any$q;
        if (up & ~down) begin
            count$d = count$q + 32'h1;
            any$d = 1'b1;
        end
        if (down & ~up) begin
            count$d = count$q - 32'h1;
            any$d = count$q != 32'h1;
        end
        level = count$q;
        nonzero = any$q;
    end
    
endmodule // qins_board_up5k_sim$accel$post$outstanding


module qins_board_up5k_sim$accel$post$outstanding$any(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$outstanding$any


module qins_board_up5k_sim$accel$post$outstanding$count(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$outstanding$count


module qins_board_up5k_sim$accel$post$read_lane(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$read_lane


module qins_board_up5k_sim$accel$post$read_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$read_valid


module qins_board_up5k_sim$accel$post$run(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$run


module qins_board_up5k_sim$accel$post$source(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$source


module qins_board_up5k_sim$accel$post$vector(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$post$vector


module qins_board_up5k_sim$accel$post$zero(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$post$zero


module qins_board_up5k_sim$accel$queue(clock,push,words$0,words$1,words$2,words$3,verdict,pop,depth,head,head_verdict,nonempty,full,level);
    
    // Module arguments
    input wire  clock;
    input wire  push;
    input wire  [31:0] words$0;
    input wire  [31:0] words$1;
    input wire  [31:0] words$2;
    input wire  [31:0] words$3;
    input wire  [12:0] verdict;
    input wire  pop;
    input wire  [15:0] depth;
    output reg  [127:0] head;
    output reg  [12:0] head_verdict;
    output reg  nonempty;
    output reg  full;
    output reg  [15:0] level;
    
    // Stub signals
    reg  [7:0] memory$read_address;
    reg  memory$read_clock;
    wire  [140:0] memory$read_data;
    reg  [7:0] memory$write_address;
    reg  memory$write_clock;
    reg  [140:0] memory$write_data;
    reg  memory$write_enable;
    reg  [7:0] head_address$d;
    wire  [7:0] head_address$q;
    reg  head_address$clock;
    reg  [7:0] tail_address$d;
    wire  [7:0] tail_address$q;
    reg  tail_address$clock;
    reg  count$clock;
    reg  count$up;
    reg  count$down;
    wire  [15:0] count$level;
    wire  count$nonzero;
    
    // Sub module instances
    qins_board_up5k_sim$accel$queue$memory memory(
        .read_address(memory$read_address),
        .read_clock(memory$read_clock),
        .read_data(memory$read_data),
        .write_address(memory$write_address),
        .write_clock(memory$write_clock),
        .write_data(memory$write_data),
        .write_enable(memory$write_enable)
    );
    qins_board_up5k_sim$accel$queue$head_address head_address(
        .d(head_address$d),
        .q(head_address$q),
        .clock(head_address$clock)
    );
    qins_board_up5k_sim$accel$queue$tail_address tail_address(
        .d(tail_address$d),
        .q(tail_address$q),
        .clock(tail_address$clock)
    );
    qins_board_up5k_sim$accel$queue$count count(
        .clock(count$clock),
        .up(count$up),
        .down(count$down),
        .level(count$level),
        .nonzero(count$nonzero)
    );
    
    // Update code
    always @(*) begin
        head_address$clock = clock;
        tail_address$clock = clock;
        head_address$d = head_address$q;
        tail_address$d = tail_address$q;
        memory$read_clock = clock;
        memory$write_clock = clock;
        count$clock = clock;
        memory$write_address = tail_address$q;
        memory$write_data = (((verdict) & 141'h1fffffffffffffffffffffffffffffffffff) << 32'h80) | (((words$3) & 141'h1fffffffffffffffffffffffffffffffffff) << 32'h60) | (((words$2) & 141'h1fffffffffffffffffffffffffffffffffff) << 32'h40) | (((words$1) & 141'h1fffffffffffffffffffffffffffffffffff) << 32'h20) | ((words$0) & 141'h1fffffffffffffffffffffffffffffffffff);
        memory$write_enable = push;
        memory$read_address = head_address$q;
        if (push) begin
            tail_address$d = tail_address$q + 32'h1;
        end
        if (pop) begin
            head_address$d = head_address$q + 32'h1;
        end
        count$up = push;
        count$down = pop;
        head = memory$read_data[(32'h0)+:(128)];
        head_verdict = memory$read_data[(32'h80)+:(13)];
        nonempty = count$nonzero;
        full = |(count$level & depth);
        level = count$level;
    end
    
endmodule // qins_board_up5k_sim$accel$queue


module qins_board_up5k_sim$accel$queue$count(clock,up,down,level,nonzero);
    
    // Module arguments
    input wire  clock;
    input wire  up;
    input wire  down;
    output reg  [15:0] level;
    output reg  nonzero;
    
    // Stub signals
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  any$d;
    wire  any$q;
    reg  any$clock;
    
    // Sub module instances
    qins_board_up5k_sim$accel$queue$count$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    qins_board_up5k_sim$accel$queue$count$any any(
        .d(any$d),
        .q(any$q),
        .clock(any$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        any$clock = clock;
        count$d = count$q;
        any$d = any$q;
        if (up & ~down) begin
            count$d = count$q + 32'h1;
            any$d = 1'b1;
        end
        if (down & ~up) begin
            count$d = count$q - 32'h1;
            any$d = count$q != 32'h1;
        end
        level = count$q;
        nonzero = any$q;
    end
    
endmodule // qins_board_up5k_sim$accel$queue$count


module qins_board_up5k_sim$accel$queue$count$any(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$queue$count$any


module qins_board_up5k_sim$accel$queue$count$count(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$queue$count$count


module qins_board_up5k_sim$accel$queue$head_address(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$queue$head_address


module qins_board_up5k_sim$accel$queue$memory(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [140:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [140:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[140:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$accel$queue$memory


module qins_board_up5k_sim$accel$queue$tail_address(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$queue$tail_address


module qins_board_up5k_sim$accel$registers(clock,write,write_hot,write_data,push,busy,queue_full,queue_level,matmul_issue,macs,command_done,barrier,command$0,command$1,command$2,command$3,bus_failed,bus_failed_code,bus_failed_address,command_failed,command_failed_code,read_hot,read_value,staged$0,staged$1,staged$2);
    
    // Module arguments
    input wire  clock;
    input wire  write;
    input wire  [31:0] write_hot;
    input wire  [31:0] write_data;
    input wire  push;
    input wire  busy;
    input wire  queue_full;
    input wire  [15:0] queue_level;
    input wire  matmul_issue;
    input wire  [31:0] macs;
    input wire  command_done;
    input wire  barrier;
    input wire  [31:0] command$0;
    input wire  [31:0] command$1;
    input wire  [31:0] command$2;
    input wire  [31:0] command$3;
    input wire  bus_failed;
    input wire  [7:0] bus_failed_code;
    input wire  [23:0] bus_failed_address;
    input wire  command_failed;
    input wire  [7:0] command_failed_code;
    input wire  [31:0] read_hot;
    output reg  [31:0] read_value;
    output reg  [31:0] staged$0;
    output reg  [31:0] staged$1;
    output reg  [31:0] staged$2;
    
    // Constant declarations
    localparam  k_magic = 32'h51494e53;
    localparam  k_config = 32'h83210e82;
    
    // Stub signals
    reg  [1:0] control_pending$d;
    wire  [1:0] control_pending$q;
    reg  control_pending$clock;
    reg  [31:0] cmd_stage$0$d;
    wire  [31:0] cmd_stage$0$q;
    reg  cmd_stage$0$clock;
    reg  [31:0] cmd_stage$1$d;
    wire  [31:0] cmd_stage$1$q;
    reg  cmd_stage$1$clock;
    reg  [31:0] cmd_stage$2$d;
    wire  [31:0] cmd_stage$2$q;
    reg  cmd_stage$2$clock;
    reg  [31:0] cmd_last$d;
    wire  [31:0] cmd_last$q;
    reg  cmd_last$clock;
    reg  error$d;
    wire  error$q;
    reg  error$clock;
    reg  [7:0] error_code$d;
    wire  [7:0] error_code$q;
    reg  error_code$clock;
    reg  [31:0] error_info$d;
    wire  [31:0] error_info$q;
    reg  error_info$clock;
    reg  [31:0] cycles_lo$d;
    wire  [31:0] cycles_lo$q;
    reg  cycles_lo$clock;
    reg  [31:0] cycles_hi$d;
    wire  [31:0] cycles_hi$q;
    reg  cycles_hi$clock;
    reg  [31:0] busy_cycles$d;
    wire  [31:0] busy_cycles$q;
    reg  busy_cycles$clock;
    reg  [31:0] array_cycles$d;
    wire  [31:0] array_cycles$q;
    reg  array_cycles$clock;
    reg  [31:0] macs_lo$d;
    wire  [31:0] macs_lo$q;
    reg  macs_lo$clock;
    reg  [31:0] macs_hi$d;
    wire  [31:0] macs_hi$q;
    reg  macs_hi$clock;
    reg  [31:0] commands_done$d;
    wire  [31:0] commands_done$q;
    reg  commands_done$clock;
    reg  [31:0] barrier_id$d;
    wire  [31:0] barrier_id$q;
    reg  barrier_id$clock;
    
    // Local signals
    reg  [32:0] macs_sum;
    reg  [31:0] view$0;
    reg  [31:0] view$1;
    reg  [31:0] view$2;
    reg  [31:0] view$3;
    reg  [31:0] view$4;
    reg  [31:0] view$5;
    reg  [31:0] view$6;
    reg  [31:0] view$7;
    reg  [31:0] view$8;
    reg  [31:0] view$9;
    reg  [31:0] view$10;
    reg  [31:0] view$11;
    reg  [31:0] view$12;
    reg  [31:0] view$13;
    reg  [31:0] view$14;
    reg  [31:0] view$15;
    reg  [31:0] view$16;
    reg  [31:0] selected;
    
    // Sub module instances
    qins_board_up5k_sim$accel$registers$control_pending control_pending(
        .d(control_pending$d),
        .q(control_pending$q),
        .clock(control_pending$clock)
    );
    qins_board_up5k_sim$accel$registers$cmd_stage$0 cmd_stage$0(
        .d(cmd_stage$0$d),
        .q(cmd_stage$0$q),
        .clock(cmd_stage$0$clock)
    );
    qins_board_up5k_sim$accel$registers$cmd_stage$1 cmd_stage$1(
        .d(cmd_stage$1$d),
        .q(cmd_stage$1$q),
        .clock(cmd_stage$1$clock)
    );
    qins_board_up5k_sim$accel$registers$cmd_stage$2 cmd_stage$2(
        .d(cmd_stage$2$d),
        .q(cmd_stage$2$q),
        .clock(cmd_stage$2$clock)
    );
    qins_board_up5k_sim$accel$registers$cmd_last cmd_last(
        .d(cmd_last$d),
        .q(cmd_last$q),
        .clock(cmd_last$clock)
    );
    qins_board_up5k_sim$accel$registers$error error(
        .d(error$d),
        .q(error$q),
        .clock(error$clock)
    );
    qins_board_up5k_sim$accel$registers$error_code error_code(
        .d(error_code$d),
        .q(error_code$q),
        .clock(error_code$clock)
    );
    qins_board_up5k_sim$accel$registers$error_info error_info(
        .d(error_info$d),
        .q(error_info$q),
        .clock(error_info$clock)
    );
    qins_board_up5k_sim$accel$registers$cycles_lo cycles_lo(
        .d(cycles_lo$d),
        .q(cycles_lo$q),
        .clock(cycles_lo$clock)
    );
    qins_board_up5k_sim$accel$registers$cycles_hi cycles_hi(
        .d(cycles_hi$d),
        .q(cycles_hi$q),
        .clock(cycles_hi$clock)
    );
    qins_board_up5k_sim$accel$registers$busy_cycles busy_cycles(
        .d(busy_cycles$d),
        .q(busy_cycles$q),
        .clock(busy_cycles$clock)
    );
    qins_board_up5k_sim$accel$registers$array_cycles array_cycles(
        .d(array_cycles$d),
        .q(array_cycles$q),
        .clock(array_cycles$clock)
    );
    qins_board_up5k_sim$accel$registers$macs_lo macs_lo(
        .d(macs_lo$d),
        .q(macs_lo$q),
        .clock(macs_lo$clock)
    );
    qins_board_up5k_sim$accel$registers$macs_hi macs_hi(
        .d(macs_hi$d),
        .q(macs_hi$q),
        .clock(macs_hi$clock)
    );
    qins_board_up5k_sim$accel$registers$commands_done commands_done(
        .d(commands_done$d),
        .q(commands_done$q),
        .clock(commands_done$clock)
    );
    qins_board_up5k_sim$accel$registers$barrier_id barrier_id(
        .d(barrier_id$d),
        .q(barrier_id$q),
        .clock(barrier_id$clock)
    );
    
    // Update code
    always @(*) begin
        control_pending$clock = clock;
        cmd_last$clock = clock;
        barrier_id$clock = clock;
        control_pending$d = control_pending$q;
        cmd_last$d = cmd_last$q;
        barrier_id$d = barrier_id$q;
        error$clock = clock;
        error_code$clock = clock;
        error_info$clock = clock;
        commands_done$clock = clock;
        error$d = error$q;
        error_code$d = error_code$q;
        error_info$d = error_info$q;
        commands_done$d = commands_done$q;
        cycles_lo$clock = clock;
        cycles_hi$clock = clock;
        busy_cycles$clock = clock;
        array_cycles$clock = clock;
        cycles_lo$d = cycles_lo$q;
        cycles_hi$d = cycles_hi$q;
        busy_cycles$d = busy_cycles$q;
        array_cycles$d = array_cycles$q;
        macs_lo$clock = clock;
        macs_hi$clock = clock;
        macs_lo$d = macs_lo$q;
        macs_hi$d = macs_hi$q;
        cmd_stage$0$clock = clock;
        cmd_stage$0$d = cmd_stage$0$q;
        staged$0 = cmd_stage$0$q;
        cmd_stage$1$clock = clock;
        cmd_stage$1$d = cmd_stage$1$q;
        staged$1 = cmd_stage$1$q;
        cmd_stage$2$clock = clock;
        cmd_stage$2$d = cmd_stage$2$q;
        staged$2 = cmd_stage$2$q;
        control_pending$d = 32'h0;
        if (write & write_hot[32'h3]) begin
            control_pending$d = write_data[(32'h0)+:(2)];
        end
        if (control_pending$q[32'h0]) begin
            error$d = 1'b0;
            error_code$d = 32'h0;
            error_info$d = 32'h0;
        end
        if (control_pending$q[32'h1]) begin
            cycles_lo$d = 32'h0;
            cycles_hi$d = 32'h0;
            busy_cycles$d = 32'h0;
            array_cycles$d = 32'h0;
            macs_lo$d = 32'h0;
            macs_hi$d = 32'h0;
            commands_done$d = 32'h0;
        end
        if (write) begin
            if (write_hot[32'h4 + 0]) begin
                cmd_stage$0$d = write_data;
            end
            if (write_hot[32'h4 + 1]) begin
                cmd_stage$1$d = write_data;
            end
            if (write_hot[32'h4 + 2]) begin
                cmd_stage$2$d = write_data;
            end
        end
        if (push) begin
            cmd_last$d = write_data;
        end
        cycles_lo$d = cycles_lo$q + 32'h1;
        if (&cycles_lo$q) begin
            cycles_hi$d = cycles_hi$q + 32'h1;
        end
        if (busy) begin
            busy_cycles$d = busy_cycles$q + 32'h1;
        end
        macs_sum = ((macs_lo$q) & 33'h1ffffffff) + ((macs) & 33'h1ffffffff);
        if (matmul_issue) begin
            array_cycles$d = array_cycles$q + 32'h1;
            macs_lo$d = macs_sum[(32'h0)+:(32)];
            if (macs_sum[32'h20]) begin
                macs_hi$d = macs_hi$q + 32'h1;
            end
        end
        if (command_done) begin
            commands_done$d = commands_done$q + 32'h1;
        end
        if (barrier) begin
            barrier_id$d = command$1;
        end
        if (~error$q) begin
            if (bus_failed) begin
                error$d = 1'b1;
                error_code$d = bus_failed_code;
                error_info$d = ((bus_failed_address) & 32'hffffffff);
            end
            else if (command_failed) begin
                error$d = 1'b1;
                error_code$d = command_failed_code;
                error_info$d = command$0;
            end
        end
        view$0 = k_magic;
        view$1 = k_config;
        view$2 = ((busy) & 32'hffffffff) | (((error$q) & 32'hffffffff) << 32'h1) | (((queue_full) & 32'hffffffff) << 32'h2) | (((error_code$q) & 32'hffffffff) << 32'h8) | (((queue_level) & 32'hffffffff) << 32'h10);
        view$3 = 32'h0;
        view$4 = cmd_stage$0$q;
        view$5 = cmd_stage$1$q;
        view$6 = cmd_stage$2$q;
        view$7 = cmd_last$q;
        view$8 = cycles_lo$q;
        view$9 = cycles_hi$q;
        view$10 = busy_cycles$q;
        view$11 = array_cycles$q;
        view$12 = macs_lo$q;
        view$13 = macs_hi$q;
        view$14 = commands_done$q;
        view$15 = barrier_id$q;
        view$16 = error_info$q;
        selected = 32'h0;
        if (read_hot[0]) begin
            selected = selected | view$0;
        end
        if (read_hot[1]) begin
            selected = selected | view$1;
        end
        if (read_hot[2]) begin
            selected = selected | view$2;
        end
        if (read_hot[3]) begin
            selected = selected | view$3;
        end
        if (read_hot[4]) begin
            selected = selected | view$4;
        end
        if (read_hot[5]) begin
            selected = selected | view$5;
        end
        if (read_hot[6]) begin
            selected = selected | view$6;
        end
        if (read_hot[7]) begin
            selected = selected | view$7;
        end
        if (read_hot[8]) begin
            selected = selected | view$8;
        end
        if (read_hot[9]) begin
            selected = selected | view$9;
        end
        if (read_hot[10]) begin
            selected = selected | view$10;
        end
        if (read_hot[11]) begin
            selected = selected | view$11;
        end
        if (read_hot[12]) begin
            selected = selected | view$12;
        end
        if (read_hot[13]) begin
            selected = selected | view$13;
        end
        if (read_hot[14]) begin
            selected = selected | view$14;
        end
        if (read_hot[15]) begin
            selected = selected | view$15;
        end
        if (read_hot[16]) begin
            selected = selected | view$16;
        end
        read_value = selected;
    end
    
endmodule // qins_board_up5k_sim$accel$registers


module qins_board_up5k_sim$accel$registers$array_cycles(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$array_cycles


module qins_board_up5k_sim$accel$registers$barrier_id(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$barrier_id


module qins_board_up5k_sim$accel$registers$busy_cycles(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$busy_cycles


module qins_board_up5k_sim$accel$registers$cmd_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$cmd_last


module qins_board_up5k_sim$accel$registers$cmd_stage$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$cmd_stage$0


module qins_board_up5k_sim$accel$registers$cmd_stage$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$cmd_stage$1


module qins_board_up5k_sim$accel$registers$cmd_stage$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$cmd_stage$2


module qins_board_up5k_sim$accel$registers$commands_done(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$commands_done


module qins_board_up5k_sim$accel$registers$control_pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$registers$control_pending


module qins_board_up5k_sim$accel$registers$cycles_hi(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$cycles_hi


module qins_board_up5k_sim$accel$registers$cycles_lo(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$cycles_lo


module qins_board_up5k_sim$accel$registers$error(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$error


module qins_board_up5k_sim$accel$registers$error_code(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$error_code


module qins_board_up5k_sim$accel$registers$error_info(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$error_info


module qins_board_up5k_sim$accel$registers$macs_hi(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$macs_hi


module qins_board_up5k_sim$accel$registers$macs_lo(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$registers$macs_lo


module qins_board_up5k_sim$accel$sequencer(clock,queue_nonempty,entry,opcode,finish_at_decode,refusal,array_size,has_alu,loader_busy,bank_in_use$0,bank_in_use$1,matmul_last,matmul_second_last,idle,post_finished,alu_finished,alu_result_valid,table_finished,command$0,command$1,command$2,command$3,decoding,pop,tile_start,tile_start_row,tile_start_bank,matmul_issue,post_start,alu_start,alu_active,table_enabled,barrier,done,failed,failed_code,running,busy);
    
    // Module arguments
    input wire  clock;
    input wire  queue_nonempty;
    input wire  [127:0] entry;
    input wire  [7:0] opcode;
    input wire  finish_at_decode;
    input wire  [7:0] refusal;
    input wire  [31:0] array_size;
    input wire  has_alu;
    input wire  loader_busy;
    input wire  bank_in_use$0;
    input wire  bank_in_use$1;
    input wire  matmul_last;
    input wire  matmul_second_last;
    input wire  idle;
    input wire  post_finished;
    input wire  alu_finished;
    input wire  alu_result_valid;
    input wire  table_finished;
    output reg  [31:0] command$0;
    output reg  [31:0] command$1;
    output reg  [31:0] command$2;
    output reg  [31:0] command$3;
    output reg  decoding;
    output reg  pop;
    output reg  tile_start;
    output reg  [13:0] tile_start_row;
    output reg  tile_start_bank;
    output reg  matmul_issue;
    output reg  post_start;
    output reg  alu_start;
    output reg  alu_active;
    output reg  table_enabled;
    output reg  barrier;
    output reg  done;
    output reg  failed;
    output reg  [7:0] failed_code;
    output reg  running;
    output reg  busy;
    
    // Stub signals
    reg  fetch$d;
    wire  fetch$q;
    reg  fetch$clock;
    reg  decode$d;
    wire  decode$q;
    reg  decode$clock;
    reg  load_tile$d;
    wire  load_tile$q;
    reg  load_tile$clock;
    reg  load_wait$d;
    wire  load_wait$q;
    reg  load_wait$clock;
    reg  matmul$d;
    wire  matmul$q;
    reg  matmul$clock;
    reg  post_wait$d;
    wire  post_wait$q;
    reg  post_wait$clock;
    reg  post_process$d;
    wire  post_process$q;
    reg  post_process$clock;
    reg  barrier_wait$d;
    wire  barrier_wait$q;
    reg  barrier_wait$clock;
    reg  alu_wait$d;
    wire  alu_wait$q;
    reg  alu_wait$clock;
    reg  alu$d;
    wire  alu$q;
    reg  alu$clock;
    reg  table_wait$d;
    wire  table_wait$q;
    reg  table_wait$clock;
    reg  load_table$d;
    wire  load_table$q;
    reg  load_table$clock;
    reg  [31:0] c$0$d;
    wire  [31:0] c$0$q;
    reg  c$0$clock;
    reg  [31:0] c$1$d;
    wire  [31:0] c$1$q;
    reg  c$1$clock;
    reg  [31:0] c$2$d;
    wire  [31:0] c$2$q;
    reg  c$2$clock;
    reg  [31:0] c$3$d;
    wire  [31:0] c$3$q;
    reg  c$3$clock;
    reg  [13:0] c1_last$d;
    wire  [13:0] c1_last$q;
    reg  c1_last$clock;
    reg  [13:0] c3_last$d;
    wire  [13:0] c3_last$q;
    reg  c3_last$clock;
    reg  prefetch_started$d;
    wire  prefetch_started$q;
    reg  prefetch_started$clock;
    reg  drained_last$d;
    wire  drained_last$q;
    reg  drained_last$clock;
    reg  done_last$d;
    wire  done_last$q;
    reg  done_last$clock;
    reg  failed_last$d;
    wire  failed_last$q;
    reg  failed_last$clock;
    reg  [7:0] failed_code_last$d;
    wire  [7:0] failed_code_last$q;
    reg  failed_code_last$clock;
    
    // Local signals
    reg  cmd_done;
    reg  cmd_error;
    reg  [7:0] cmd_code;
    reg  bank_busy;
    reg  other_bank_busy;
    
    // Sub module instances
    qins_board_up5k_sim$accel$sequencer$fetch fetch(
        .d(fetch$d),
        .q(fetch$q),
        .clock(fetch$clock)
    );
    qins_board_up5k_sim$accel$sequencer$decode decode(
        .d(decode$d),
        .q(decode$q),
        .clock(decode$clock)
    );
    qins_board_up5k_sim$accel$sequencer$load_tile load_tile(
        .d(load_tile$d),
        .q(load_tile$q),
        .clock(load_tile$clock)
    );
    qins_board_up5k_sim$accel$sequencer$load_wait load_wait(
        .d(load_wait$d),
        .q(load_wait$q),
        .clock(load_wait$clock)
    );
    qins_board_up5k_sim$accel$sequencer$matmul matmul(
        .d(matmul$d),
        .q(matmul$q),
        .clock(matmul$clock)
    );
    qins_board_up5k_sim$accel$sequencer$post_wait post_wait(
        .d(post_wait$d),
        .q(post_wait$q),
        .clock(post_wait$clock)
    );
    qins_board_up5k_sim$accel$sequencer$post_process post_process(
        .d(post_process$d),
        .q(post_process$q),
        .clock(post_process$clock)
    );
    qins_board_up5k_sim$accel$sequencer$barrier_wait barrier_wait(
        .d(barrier_wait$d),
        .q(barrier_wait$q),
        .clock(barrier_wait$clock)
    );
    qins_board_up5k_sim$accel$sequencer$alu_wait alu_wait(
        .d(alu_wait$d),
        .q(alu_wait$q),
        .clock(alu_wait$clock)
    );
    qins_board_up5k_sim$accel$sequencer$alu alu(
        .d(alu$d),
        .q(alu$q),
        .clock(alu$clock)
    );
    qins_board_up5k_sim$accel$sequencer$table_wait table_wait(
        .d(table_wait$d),
        .q(table_wait$q),
        .clock(table_wait$clock)
    );
    qins_board_up5k_sim$accel$sequencer$load_table load_table(
        .d(load_table$d),
        .q(load_table$q),
        .clock(load_table$clock)
    );
    qins_board_up5k_sim$accel$sequencer$c$0 c$0(
        .d(c$0$d),
        .q(c$0$q),
        .clock(c$0$clock)
    );
    qins_board_up5k_sim$accel$sequencer$c$1 c$1(
        .d(c$1$d),
        .q(c$1$q),
        .clock(c$1$clock)
    );
    qins_board_up5k_sim$accel$sequencer$c$2 c$2(
        .d(c$2$d),
        .q(c$2$q),
        .clock(c$2$clock)
    );
    qins_board_up5k_sim$accel$sequencer$c$3 c$3(
        .d(c$3$d),
        .q(c$3$q),
        .clock(c$3$clock)
    );
    qins_board_up5k_sim$accel$sequencer$c1_last c1_last(
        .d(c1_last$d),
        .q(c1_last$q),
        .clock(c1_last$clock)
    );
    qins_board_up5k_sim$accel$sequencer$c3_last c3_last(
        .d(c3_last$d),
        .q(c3_last$q),
        .clock(c3_last$clock)
    );
    qins_board_up5k_sim$accel$sequencer$prefetch_started prefetch_started(
        .d(prefetch_started$d),
        .q(prefetch_started$q),
        .clock(prefetch_started$clock)
    );
    qins_board_up5k_sim$accel$sequencer$drained_last drained_last(
        .d(drained_last$d),
        .q(drained_last$q),
        .clock(drained_last$clock)
    );
    qins_board_up5k_sim$accel$sequencer$done_last done_last(
        .d(done_last$d),
        .q(done_last$q),
        .clock(done_last$clock)
    );
    qins_board_up5k_sim$accel$sequencer$failed_last failed_last(
        .d(failed_last$d),
        .q(failed_last$q),
        .clock(failed_last$clock)
    );
    qins_board_up5k_sim$accel$sequencer$failed_code_last failed_code_last(
        .d(failed_code_last$d),
        .q(failed_code_last$q),
        .clock(failed_code_last$clock)
    );
    
    // Update code
    always @(*) begin
        fetch$clock = clock;
        decode$clock = clock;
        load_tile$clock = clock;
        load_wait$clock = clock;
        matmul$clock = clock;
        post_wait$clock = clock;
        fetch$d = fetch$q;
        decode$d = decode$q;
        load_tile$d = load_tile$q;
        load_wait$d = load_wait$q;
        matmul$d = matmul$q;
        post_wait$d = post_wait$q;
        post_process$clock = clock;
        barrier_wait$clock = clock;
        alu_wait$clock = clock;
        alu$clock = clock;
        table_wait$clock = clock;
        post_process$d = post_process$q;
        barrier_wait$d = barrier_wait$q;
        alu_wait$d = alu_wait$q;
        alu$d = alu$q;
        table_wait$d = table_wait$q;
        load_table$clock = clock;
        c1_last$clock = clock;
        c3_last$clock = clock;
        prefetch_started$clock = clock;
        load_table$d = load_table$q;
        c1_last$d = c1_last$q;
        c3_last$d = c3_last$q;
        prefetch_started$d = prefetch_started$q;
        drained_last$clock = clock;
        done_last$clock = clock;
        failed_last$clock = clock;
        failed_code_last$clock = clock;
        drained_last$d = drained_last$q;
        done_last$d = done_last$q;
        failed_last$d = failed_last$q;
        failed_code_last$d = failed_code_last$q;
        c$0$clock = clock;
        c$0$d = c$0$q;
        command$0 = c$0$q;
        c$1$clock = clock;
        c$1$d = c$1$q;
        command$1 = c$1$q;
        c$2$clock = clock;
        c$2$d = c$2$q;
        command$2 = c$2$q;
        c$3$clock = clock;
        c$3$d = c$3$q;
        command$3 = c$3$q;
        drained_last$d = idle;
        cmd_done = 1'b0;
        cmd_error = 1'b0;
        cmd_code = 32'h0;
        tile_start = 1'b0;
        tile_start_row = c1_last$q;
        tile_start_bank = c$0$q[32'h8];
        matmul_issue = 1'b0;
        post_start = 1'b0;
        alu_start = 1'b0;
        alu_active = 1'b0;
        barrier = 1'b0;
        bank_busy = bank_in_use$0;
        other_bank_busy = bank_in_use$1;
        if (c$0$q[32'h8]) begin
            bank_busy = bank_in_use$1;
            other_bank_busy = bank_in_use$0;
        end
        running = fetch$q | decode$q | load_tile$q | load_wait$q | matmul$q | post_wait$q | post_process$q | barrier_wait$q | alu_wait$q | alu$q | table_wait$q | load_table$q;
        if (~running) begin
            if (queue_nonempty) begin
                fetch$d = 1'b1;
            end
        end
        if (fetch$q) begin
            c$0$d = entry[(0 * 32'h20)+:(32)];
            c$1$d = entry[(1 * 32'h20)+:(32)];
            c$2$d = entry[(2 * 32'h20)+:(32)];
            c$3$d = entry[(3 * 32'h20)+:(32)];
            c1_last$d = ((entry[(32'h20)+:(32)] + array_size - 32'h1) & 14'h3fff);
            c3_last$d = ((entry[(32'h60)+:(32)] + array_size - 32'h1) & 14'h3fff);
            fetch$d = 1'b0;
            decode$d = 1'b1;
        end
        if (decode$q) begin
            prefetch_started$d = 1'b0;
            decode$d = 1'b0;
            if (finish_at_decode) begin
                cmd_done = 1'b1;
                if (|refusal) begin
                    cmd_error = 1'b1;
                    cmd_code = refusal;
                end
            end
            else if (opcode[32'h1]) begin
                load_tile$d = 1'b1;
            end
            else if (opcode[32'h2]) begin
                matmul$d = 1'b1;
            end
            else if (opcode[32'h3]) begin
                post_wait$d = 1'b1;
            end
            else if (opcode[32'h4]) begin
                barrier_wait$d = 1'b1;
            end
            else if (opcode[32'h5]) begin
                alu_wait$d = 1'b1;
            end
            else begin
                table_wait$d = 1'b1;
            end
        end
        if (load_tile$q) begin
            if (~loader_busy & ~bank_busy) begin
                tile_start = 1'b1;
                load_tile$d = 1'b0;
                load_wait$d = 1'b1;
            end
        end
        if (load_wait$q) begin
            if (~loader_busy) begin
                cmd_done = 1'b1;
            end
        end
        if (matmul$q) begin
            matmul_issue = ~matmul_last;
            if (c$0$q[32'hb] & ~prefetch_started$q & ~loader_busy & ~other_bank_busy) begin
                tile_start = 1'b1;
                tile_start_row = c3_last$q;
                tile_start_bank = ~c$0$q[32'h8];
                prefetch_started$d = 1'b1;
            end
            if ((matmul_last | (matmul_second_last & matmul_issue)) & (~c$0$q[32'hb] | (prefetch_started$q & ~loader_busy))) begin
                cmd_done = 1'b1;
            end
        end
        if (post_wait$q) begin
            if (drained_last$q) begin
                post_start = 1'b1;
                post_wait$d = 1'b0;
                post_process$d = 1'b1;
            end
        end
        if (post_process$q) begin
            if (post_finished) begin
                cmd_done = 1'b1;
            end
        end
        if (barrier_wait$q) begin
            if (drained_last$q) begin
                barrier = 1'b1;
                cmd_done = 1'b1;
            end
        end
        if (alu_wait$q) begin
            if (drained_last$q & has_alu) begin
                alu_start = 1'b1;
                alu_wait$d = 1'b0;
                alu$d = 1'b1;
            end
        end
        if (alu$q) begin
            alu_active = has_alu;
            if (has_alu & alu_finished & ~alu_result_valid) begin
                cmd_done = 1'b1;
            end
        end
        if (table_wait$q) begin
            if (drained_last$q) begin
                table_wait$d = 1'b0;
                load_table$d = 1'b1;
            end
        end
        if (load_table$q) begin
            if (table_finished) begin
                cmd_done = 1'b1;
            end
        end
        table_enabled = load_table$q;
        decoding = decode$q;
        if (cmd_done) begin
            load_wait$d = 1'b0;
            matmul$d = 1'b0;
            post_process$d = 1'b0;
            barrier_wait$d = 1'b0;
            alu$d = 1'b0;
            load_table$d = 1'b0;
            fetch$d = queue_nonempty;
        end
        pop = fetch$q;
        done_last$d = cmd_done;
        done = done_last$q;
        failed_last$d = cmd_error;
        failed_code_last$d = cmd_code;
        failed = failed_last$q;
        busy = queue_nonempty | running | ~idle | failed_last$q;
        failed_code = failed_code_last$q;
    end
    
endmodule // qins_board_up5k_sim$accel$sequencer


module qins_board_up5k_sim$accel$sequencer$alu(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$alu


module qins_board_up5k_sim$accel$sequencer$alu_wait(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$alu_wait


module qins_board_up5k_sim$accel$sequencer$barrier_wait(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$barrier_wait


module qins_board_up5k_sim$accel$sequencer$c$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$c$0


module qins_board_up5k_sim$accel$sequencer$c$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$c$1


module qins_board_up5k_sim$accel$sequencer$c$2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$c$2


module qins_board_up5k_sim$accel$sequencer$c$3(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$c$3


module qins_board_up5k_sim$accel$sequencer$c1_last(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$sequencer$c1_last


module qins_board_up5k_sim$accel$sequencer$c3_last(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$sequencer$c3_last


module qins_board_up5k_sim$accel$sequencer$decode(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$decode


module qins_board_up5k_sim$accel$sequencer$done_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$done_last


module qins_board_up5k_sim$accel$sequencer$drained_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$drained_last


module qins_board_up5k_sim$accel$sequencer$failed_code_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$failed_code_last


module qins_board_up5k_sim$accel$sequencer$failed_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$failed_last


module qins_board_up5k_sim$accel$sequencer$fetch(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$fetch


module qins_board_up5k_sim$accel$sequencer$load_table(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$load_table


module qins_board_up5k_sim$accel$sequencer$load_tile(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$load_tile


module qins_board_up5k_sim$accel$sequencer$load_wait(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$load_wait


module qins_board_up5k_sim$accel$sequencer$matmul(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$matmul


module qins_board_up5k_sim$accel$sequencer$post_process(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$post_process


module qins_board_up5k_sim$accel$sequencer$post_wait(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$post_wait


module qins_board_up5k_sim$accel$sequencer$prefetch_started(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$prefetch_started


module qins_board_up5k_sim$accel$sequencer$table_wait(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$sequencer$table_wait


module qins_board_up5k_sim$accel$stream(clock,load,command$0,command$1,command$2,command$3,array_size,issue,act_read$0,act_read$1,decoded$0,decoded$1,array_out_valid,array_out_tag,act_address,last,second_last,macs,issued,valid,tag,act$0,act$1,bank_in_use$0,bank_in_use$1,idle);
    
    // Module arguments
    input wire  clock;
    input wire  load;
    input wire  [31:0] command$0;
    input wire  [31:0] command$1;
    input wire  [31:0] command$2;
    input wire  [31:0] command$3;
    input wire  [15:0] array_size;
    input wire  issue;
    input wire signed [15:0] act_read$0;
    input wire signed [15:0] act_read$1;
    input wire signed [15:0] decoded$0;
    input wire signed [15:0] decoded$1;
    input wire  array_out_valid;
    input wire  [31:0] array_out_tag;
    output reg  [7:0] act_address;
    output reg  last;
    output reg  second_last;
    output reg  [31:0] macs;
    output reg  issued;
    output reg  valid;
    output reg  [31:0] tag;
    output reg signed [15:0] act$0;
    output reg signed [15:0] act$1;
    output reg  bank_in_use$0;
    output reg  bank_in_use$1;
    output reg  idle;
    
    // Constant declarations
    localparam  count_mask = 5'b11;
    
    // Stub signals
    reg  [7:0] address$d;
    wire  [7:0] address$q;
    reg  address$clock;
    reg  [7:0] acc$d;
    wire  [7:0] acc$q;
    reg  acc$clock;
    reg  [15:0] left$d;
    wire  [15:0] left$q;
    reg  left$clock;
    reg  zero$d;
    wire  zero$q;
    reg  zero$clock;
    reg  one$d;
    wire  one$q;
    reg  one$clock;
    reg  [4:0] k_count$d;
    wire  [4:0] k_count$q;
    reg  k_count$clock;
    reg  [4:0] n_count$d;
    wire  [4:0] n_count$q;
    reg  n_count$clock;
    reg  [9:0] macs_per_vector$d;
    wire  [9:0] macs_per_vector$q;
    reg  macs_per_vector$clock;
    reg  reading$d;
    wire  reading$q;
    reg  reading$clock;
    reg  [31:0] reading_tag$d;
    wire  [31:0] reading_tag$q;
    reg  reading_tag$clock;
    reg  reading_codes$d;
    wire  reading_codes$q;
    reg  reading_codes$clock;
    reg  entering$d;
    wire  entering$q;
    reg  entering$clock;
    reg  [31:0] entering_tag$d;
    wire  [31:0] entering_tag$q;
    reg  entering_tag$clock;
    reg  entering_codes$d;
    wire  entering_codes$q;
    reg  entering_codes$clock;
    reg signed [15:0] raw_act$0$d;
    wire signed [15:0] raw_act$0$q;
    reg  raw_act$0$clock;
    reg signed [15:0] raw_act$1$d;
    wire signed [15:0] raw_act$1$q;
    reg  raw_act$1$clock;
    reg  staged$d;
    wire  staged$q;
    reg  staged$clock;
    reg  [31:0] staged_tag$d;
    wire  [31:0] staged_tag$q;
    reg  staged_tag$clock;
    reg signed [15:0] staged_act$0$d;
    wire signed [15:0] staged_act$0$q;
    reg  staged_act$0$clock;
    reg signed [15:0] staged_act$1$d;
    wire signed [15:0] staged_act$1$q;
    reg  staged_act$1$clock;
    reg  inflight$0$clock;
    reg  inflight$0$up;
    reg  inflight$0$down;
    wire  [7:0] inflight$0$level;
    wire  inflight$0$nonzero;
    reg  inflight$1$clock;
    reg  inflight$1$up;
    reg  inflight$1$down;
    wire  [7:0] inflight$1$level;
    wire  inflight$1$nonzero;
    
    // Local signals
    reg  [4:0] k_valid;
    reg  [4:0] n_valid;
    reg  [9:0] k_wide;
    reg  [9:0] macs_product;
    
    // Sub module instances
    qins_board_up5k_sim$accel$stream$address address(
        .d(address$d),
        .q(address$q),
        .clock(address$clock)
    );
    qins_board_up5k_sim$accel$stream$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    qins_board_up5k_sim$accel$stream$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    qins_board_up5k_sim$accel$stream$zero zero(
        .d(zero$d),
        .q(zero$q),
        .clock(zero$clock)
    );
    qins_board_up5k_sim$accel$stream$one one(
        .d(one$d),
        .q(one$q),
        .clock(one$clock)
    );
    qins_board_up5k_sim$accel$stream$k_count k_count(
        .d(k_count$d),
        .q(k_count$q),
        .clock(k_count$clock)
    );
    qins_board_up5k_sim$accel$stream$n_count n_count(
        .d(n_count$d),
        .q(n_count$q),
        .clock(n_count$clock)
    );
    qins_board_up5k_sim$accel$stream$macs_per_vector macs_per_vector(
        .d(macs_per_vector$d),
        .q(macs_per_vector$q),
        .clock(macs_per_vector$clock)
    );
    qins_board_up5k_sim$accel$stream$reading reading(
        .d(reading$d),
        .q(reading$q),
        .clock(reading$clock)
    );
    qins_board_up5k_sim$accel$stream$reading_tag reading_tag(
        .d(reading_tag$d),
        .q(reading_tag$q),
        .clock(reading_tag$clock)
    );
    qins_board_up5k_sim$accel$stream$reading_codes reading_codes(
        .d(reading_codes$d),
        .q(reading_codes$q),
        .clock(reading_codes$clock)
    );
    qins_board_up5k_sim$accel$stream$entering entering(
        .d(entering$d),
        .q(entering$q),
        .clock(entering$clock)
    );
    qins_board_up5k_sim$accel$stream$entering_tag entering_tag(
        .d(entering_tag$d),
        .q(entering_tag$q),
        .clock(entering_tag$clock)
    );
    qins_board_up5k_sim$accel$stream$entering_codes entering_codes(
        .d(entering_codes$d),
        .q(entering_codes$q),
        .clock(entering_codes$clock)
    );
    qins_board_up5k_sim$accel$stream$raw_act$0 raw_act$0(
        .d(raw_act$0$d),
        .q(raw_act$0$q),
        .clock(raw_act$0$clock)
    );
    qins_board_up5k_sim$accel$stream$raw_act$1 raw_act$1(
        .d(raw_act$1$d),
        .q(raw_act$1$q),
        .clock(raw_act$1$clock)
    );
    qins_board_up5k_sim$accel$stream$staged staged(
        .d(staged$d),
        .q(staged$q),
        .clock(staged$clock)
    );
    qins_board_up5k_sim$accel$stream$staged_tag staged_tag(
        .d(staged_tag$d),
        .q(staged_tag$q),
        .clock(staged_tag$clock)
    );
    qins_board_up5k_sim$accel$stream$staged_act$0 staged_act$0(
        .d(staged_act$0$d),
        .q(staged_act$0$q),
        .clock(staged_act$0$clock)
    );
    qins_board_up5k_sim$accel$stream$staged_act$1 staged_act$1(
        .d(staged_act$1$d),
        .q(staged_act$1$q),
        .clock(staged_act$1$clock)
    );
    qins_board_up5k_sim$accel$stream$inflight$0 inflight$0(
        .clock(inflight$0$clock),
        .up(inflight$0$up),
        .down(inflight$0$down),
        .level(inflight$0$level),
        .nonzero(inflight$0$nonzero)
    );
    qins_board_up5k_sim$accel$stream$inflight$1 inflight$1(
        .clock(inflight$1$clock),
        .up(inflight$1$up),
        .down(inflight$1$down),
        .level(inflight$1$level),
        .nonzero(inflight$1$nonzero)
    );
    
    // Update code
    always @(*) begin
        address$clock = clock;
        acc$clock = clock;
        left$clock = clock;
        zero$clock = clock;
        one$clock = clock;
        k_count$clock = clock;
        n_count$clock = clock;
        macs_per_vector$clock = clock;
        reading$clock = clock;
        reading_tag$clock = clock;
        reading_codes$clock = clock;
        entering$clock = clock;
        entering_tag$clock = clock;
        entering_codes$clock = clock;
        staged$clock = clock;
        staged_tag$clock = clock;
        address$d = address$q;
        acc$d = acc$q;
        left$d = left$q;
        zero$d = zero$q;
        one$d = one$q;
        k_count$d = k_count$q;
        n_count$d = n_count$q;
        macs_per_vector$d = macs_per_vector$q;
        reading$d = reading$q;
        reading_tag$d = reading_tag$q;
        reading_codes$d = reading_codes$q;
        entering$d = entering$q;
        entering_tag$d = entering_tag$q;
        entering_codes$d = entering_codes$q;
        staged$d = staged$q;
        staged_tag$d = staged_tag$q;
        raw_act$0$clock = clock;
        raw_act$0$d = act_read$0;
        staged_act$0$clock = clock;
        staged_act$0$d = raw_act$0$q;
        if (entering_codes$q) begin
            staged_act$0$d = decoded$0;
        end
        act$0 = staged_act$0$q;
        raw_act$1$clock = clock;
        raw_act$1$d = act_read$1;
        staged_act$1$clock = clock;
        staged_act$1$d = raw_act$1$q;
        if (entering_codes$q) begin
            staged_act$1$d = decoded$1;
        end
        act$1 = staged_act$1$q;
        k_valid = command$1[(32'h18)+:(5)];
        if (command$1[(32'h18)+:(8)] == 32'h0) begin
            k_valid = array_size[(32'h0)+:(5)];
        end
        n_valid = command$2[(32'h18)+:(5)];
        if (command$2[(32'h18)+:(8)] == 32'h0) begin
            n_valid = array_size[(32'h0)+:(5)];
        end
        k_wide = ((k_count$q) & 10'h3ff);
        macs_product = 32'h0;
        if (n_count$q[32'h0]) begin
            macs_product = k_wide;
        end
        if (n_count$q[32'h1]) begin
            macs_product = macs_product + (k_wide << 32'h1);
        end
        if (n_count$q[32'h2]) begin
            macs_product = macs_product + (k_wide << 32'h2);
        end
        if (n_count$q[32'h3]) begin
            macs_product = macs_product + (k_wide << 32'h3);
        end
        if (n_count$q[32'h4]) begin
            macs_product = macs_product + (k_wide << 32'h4);
        end
        if (load) begin
            address$d = ((command$1) & 8'hff);
            acc$d = ((command$2) & 8'hff);
            left$d = command$0[(32'h10)+:(16)];
            zero$d = command$0[(32'h10)+:(16)] == 32'h0;
            one$d = command$0[(32'h10)+:(16)] == 32'h1;
            k_count$d = k_valid & count_mask;
            n_count$d = n_valid & count_mask;
        end
        if (issue) begin
            address$d = address$q + 32'h1;
            acc$d = acc$q + 32'h1;
            left$d = left$q - 32'h1;
            zero$d = one$q;
            one$d = left$q == 32'h2;
        end
        reading$d = issue;
        reading_tag$d = ((acc$q) & 32'hffffffff) | (((command$0[32'h8]) & 32'hffffffff) << 32'h1e) | (((command$0[32'h9]) & 32'hffffffff) << 32'h1f);
        reading_codes$d = command$0[32'ha];
        entering$d = reading$q;
        entering_tag$d = reading_tag$q;
        entering_codes$d = reading_codes$q;
        staged$d = entering$q;
        staged_tag$d = entering_tag$q;
        inflight$0$clock = clock;
        inflight$1$clock = clock;
        inflight$0$up = entering$q & ~entering_tag$q[32'h1e];
        inflight$1$up = entering$q & entering_tag$q[32'h1e];
        inflight$0$down = array_out_valid & ~array_out_tag[32'h1e];
        inflight$1$down = array_out_valid & array_out_tag[32'h1e];
        act_address = address$q;
        last = zero$q;
        second_last = one$q;
        macs_per_vector$d = macs_product;
        macs = ((macs_per_vector$q) & 32'hffffffff);
        issued = reading$q;
        valid = staged$q;
        tag = staged_tag$q;
        bank_in_use$0 = inflight$0$nonzero;
        bank_in_use$1 = inflight$1$nonzero;
        idle = ~inflight$0$nonzero & ~inflight$1$nonzero & ~reading$q & ~entering$q;
    end
    
endmodule // qins_board_up5k_sim$accel$stream


module qins_board_up5k_sim$accel$stream$acc(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$acc


module qins_board_up5k_sim$accel$stream$address(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$address


module qins_board_up5k_sim$accel$stream$entering(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$entering


module qins_board_up5k_sim$accel$stream$entering_codes(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$entering_codes


module qins_board_up5k_sim$accel$stream$entering_tag(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$entering_tag


module qins_board_up5k_sim$accel$stream$inflight$0(clock,up,down,level,nonzero);
    
    // Module arguments
    input wire  clock;
    input wire  up;
    input wire  down;
    output reg  [7:0] level;
    output reg  nonzero;
    
    // Stub signals
    reg  [7:0] count$d;
    wire  [7:0] count$q;
    reg  count$clock;
    reg  any$d;
    wire  any$q;
    reg  any$clock;
    
    // Sub module instances
    qins_board_up5k_sim$accel$stream$inflight$0$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    qins_board_up5k_sim$accel$stream$inflight$0$any any(
        .d(any$d),
        .q(any$q),
        .clock(any$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        any$clock = clock;
        count$d = count$q;
        any$d = any$q;
        if (up & ~down) begin
            count$d = count$q + 32'h1;
            any$d = 1'b1;
        end
        if (down & ~up) begin
            count$d = count$q - 32'h1;
            any$d = count$q != 32'h1;
        end
        level = count$q;
        nonzero = any$q;
    end
    
endmodule // qins_board_up5k_sim$accel$stream$inflight$0


module qins_board_up5k_sim$accel$stream$inflight$0$any(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$inflight$0$any


module qins_board_up5k_sim$accel$stream$inflight$0$count(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$inflight$0$count


module qins_board_up5k_sim$accel$stream$inflight$1(clock,up,down,level,nonzero);
    
    // Module arguments
    input wire  clock;
    input wire  up;
    input wire  down;
    output reg  [7:0] level;
    output reg  nonzero;
    
    // Stub signals
    reg  [7:0] count$d;
    wire  [7:0] count$q;
    reg  count$clock;
    reg  any$d;
    wire  any$q;
    reg  any$clock;
    
    // Sub module instances
    qins_board_up5k_sim$accel$stream$inflight$1$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    qins_board_up5k_sim$accel$stream$inflight$1$any any(
        .d(any$d),
        .q(any$q),
        .clock(any$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        any$clock = clock;
        count$d = count$q;
        any$d = any$q;
        if (up & ~down) begin
            count$d = count$q + 32'h1;
            any$d = 1'b1;
        end
        if (down & ~up) begin
            count$d = count$q - 32'h1;
            any$d = count$q != 32'h1;
        end
        level = count$q;
        nonzero = any$q;
    end
    
endmodule // qins_board_up5k_sim$accel$stream$inflight$1


module qins_board_up5k_sim$accel$stream$inflight$1$any(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$inflight$1$any


module qins_board_up5k_sim$accel$stream$inflight$1$count(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$inflight$1$count


module qins_board_up5k_sim$accel$stream$k_count(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$stream$k_count


module qins_board_up5k_sim$accel$stream$left(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$left


module qins_board_up5k_sim$accel$stream$macs_per_vector(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$stream$macs_per_vector


module qins_board_up5k_sim$accel$stream$n_count(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$stream$n_count


module qins_board_up5k_sim$accel$stream$one(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$one


module qins_board_up5k_sim$accel$stream$raw_act$0(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$stream$raw_act$0


module qins_board_up5k_sim$accel$stream$raw_act$1(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$stream$raw_act$1


module qins_board_up5k_sim$accel$stream$reading(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$reading


module qins_board_up5k_sim$accel$stream$reading_codes(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$reading_codes


module qins_board_up5k_sim$accel$stream$reading_tag(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$reading_tag


module qins_board_up5k_sim$accel$stream$staged(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$staged


module qins_board_up5k_sim$accel$stream$staged_act$0(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$stream$staged_act$0


module qins_board_up5k_sim$accel$stream$staged_act$1(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$stream$staged_act$1


module qins_board_up5k_sim$accel$stream$staged_tag(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$staged_tag


module qins_board_up5k_sim$accel$stream$zero(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$stream$zero


module qins_board_up5k_sim$accel$tables(clock,load,command$0,command$1,command$2,command$3,enabled,lane_shift,lane_mask,act_read$0,act_read$1,acc_read$0,acc_read$1,reading,read_vector,host_write,host_index,host_data,weight_write$enable,weight_write$index,weight_write$value,act_write$enable,act_write$index,act_write$value,alu_decode_write$enable,alu_decode_write$index,alu_decode_write$value,out_threshold_write$enable,out_threshold_write$index,out_threshold_write$value,out_code_write$enable,out_code_write$index,out_code_write$value,alu_threshold_write$enable,alu_threshold_write$index,alu_threshold_write$value,alu_code_write$enable,alu_code_write$index,alu_code_write$value,alu_lookup_write$enable,alu_lookup_write$index,alu_lookup_write$value,loading,finished);
    
    // Module arguments
    input wire  clock;
    input wire  load;
    input wire  [31:0] command$0;
    input wire  [31:0] command$1;
    input wire  [31:0] command$2;
    input wire  [31:0] command$3;
    input wire  enabled;
    input wire  [7:0] lane_shift;
    input wire  [23:0] lane_mask;
    input wire signed [15:0] act_read$0;
    input wire signed [15:0] act_read$1;
    input wire signed [31:0] acc_read$0;
    input wire signed [31:0] acc_read$1;
    output reg  reading;
    output reg  [23:0] read_vector;
    input wire  [7:0] host_write;
    input wire  [7:0] host_index;
    input wire  [31:0] host_data;
    output reg  weight_write$enable;
    output reg  [7:0] weight_write$index;
    output reg signed [15:0] weight_write$value;
    output reg  act_write$enable;
    output reg  [7:0] act_write$index;
    output reg signed [15:0] act_write$value;
    output reg  alu_decode_write$enable;
    output reg  [7:0] alu_decode_write$index;
    output reg signed [15:0] alu_decode_write$value;
    output reg  out_threshold_write$enable;
    output reg  [7:0] out_threshold_write$index;
    output reg signed [31:0] out_threshold_write$value;
    output reg  out_code_write$enable;
    output reg  [7:0] out_code_write$index;
    output reg  [7:0] out_code_write$value;
    output reg  alu_threshold_write$enable;
    output reg  [7:0] alu_threshold_write$index;
    output reg signed [31:0] alu_threshold_write$value;
    output reg  alu_code_write$enable;
    output reg  [7:0] alu_code_write$index;
    output reg  [7:0] alu_code_write$value;
    output reg  alu_lookup_write$enable;
    output reg  [7:0] alu_lookup_write$index;
    output reg  [7:0] alu_lookup_write$value;
    output reg  loading;
    output reg  finished;
    
    // Stub signals
    reg  [15:0] index$d;
    wire  [15:0] index$q;
    reg  index$clock;
    reg  [23:0] source$d;
    wire  [23:0] source$q;
    reg  source$clock;
    reg  read_valid$d;
    wire  read_valid$q;
    reg  read_valid$clock;
    reg  [7:0] read_index$d;
    wire  [7:0] read_index$q;
    reg  read_index$clock;
    reg  [23:0] read_lane$d;
    wire  [23:0] read_lane$q;
    reg  read_lane$clock;
    reg  run$d;
    wire  run$q;
    reg  run$clock;
    reg  from_acc$d;
    wire  from_acc$q;
    reg  from_acc$clock;
    reg  last$d;
    wire  last$q;
    reg  last$clock;
    reg  [31:0] target_hot$d;
    wire  [31:0] target_hot$q;
    reg  target_hot$clock;
    reg  [7:0] write_hot$d;
    wire  [7:0] write_hot$q;
    reg  write_hot$clock;
    reg  [7:0] write_entry$d;
    wire  [7:0] write_entry$q;
    reg  write_entry$clock;
    reg signed [15:0] write16$d;
    wire signed [15:0] write16$q;
    reg  write16$clock;
    reg signed [31:0] write32$d;
    wire signed [31:0] write32$q;
    reg  write32$clock;
    reg  [7:0] write_code$d;
    wire  [7:0] write_code$q;
    reg  write_code$clock;
    reg  write_loaded$d;
    wire  write_loaded$q;
    reg  write_loaded$clock;
    
    // Local signals
    reg signed [15:0] read16;
    reg signed [31:0] read32;
    reg  [15:0] bits;
    reg  [7:0] entry;
    reg signed [15:0] value16;
    reg signed [31:0] value32;
    reg  [7:0] code;
    reg  [7:0] writes;
    reg  [31:0] unit;
    
    // Sub module instances
    qins_board_up5k_sim$accel$tables$index index(
        .d(index$d),
        .q(index$q),
        .clock(index$clock)
    );
    qins_board_up5k_sim$accel$tables$source source(
        .d(source$d),
        .q(source$q),
        .clock(source$clock)
    );
    qins_board_up5k_sim$accel$tables$read_valid read_valid(
        .d(read_valid$d),
        .q(read_valid$q),
        .clock(read_valid$clock)
    );
    qins_board_up5k_sim$accel$tables$read_index read_index(
        .d(read_index$d),
        .q(read_index$q),
        .clock(read_index$clock)
    );
    qins_board_up5k_sim$accel$tables$read_lane read_lane(
        .d(read_lane$d),
        .q(read_lane$q),
        .clock(read_lane$clock)
    );
    qins_board_up5k_sim$accel$tables$run run(
        .d(run$d),
        .q(run$q),
        .clock(run$clock)
    );
    qins_board_up5k_sim$accel$tables$from_acc from_acc(
        .d(from_acc$d),
        .q(from_acc$q),
        .clock(from_acc$clock)
    );
    qins_board_up5k_sim$accel$tables$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    qins_board_up5k_sim$accel$tables$target_hot target_hot(
        .d(target_hot$d),
        .q(target_hot$q),
        .clock(target_hot$clock)
    );
    qins_board_up5k_sim$accel$tables$write_hot write_hot(
        .d(write_hot$d),
        .q(write_hot$q),
        .clock(write_hot$clock)
    );
    qins_board_up5k_sim$accel$tables$write_entry write_entry(
        .d(write_entry$d),
        .q(write_entry$q),
        .clock(write_entry$clock)
    );
    qins_board_up5k_sim$accel$tables$write16 write16(
        .d(write16$d),
        .q(write16$q),
        .clock(write16$clock)
    );
    qins_board_up5k_sim$accel$tables$write32 write32(
        .d(write32$d),
        .q(write32$q),
        .clock(write32$clock)
    );
    qins_board_up5k_sim$accel$tables$write_code write_code(
        .d(write_code$d),
        .q(write_code$q),
        .clock(write_code$clock)
    );
    qins_board_up5k_sim$accel$tables$write_loaded write_loaded(
        .d(write_loaded$d),
        .q(write_loaded$q),
        .clock(write_loaded$clock)
    );
    
    // Update code
    always @(*) begin
        index$clock = clock;
        source$clock = clock;
        read_valid$clock = clock;
        read_index$clock = clock;
        read_lane$clock = clock;
        run$clock = clock;
        from_acc$clock = clock;
        last$clock = clock;
        target_hot$clock = clock;
        write_hot$clock = clock;
        write_entry$clock = clock;
        write16$clock = clock;
        write32$clock = clock;
        write_code$clock = clock;
        write_loaded$clock = clock;
        index$d = index$q;
        source$d = source$q;
        read_valid$d = read_valid$q;
        read_index$d = read_index$q;
        read_lane$d = read_lane$q;
        run$d = run$q;
        from_acc$d = from_acc$q;
        last$d = last$q;
        target_hot$d = target_hot$q;
        write_hot$d = write_hot$q;
        write_entry$d = write_entry$q;
        write16$d = write16$q;
        write32$d = write32$q;
        write_code$d = write_code$q;
        write_loaded$d = write_loaded$q;
        if (load) begin
            index$d = 32'h0;
            source$d = command$1[(32'h0)+:(24)];
            run$d = 1'b1;
            last$d = 1'b0;
            from_acc$d = (command$0[(32'h8)+:(8)] == 32'h3) | (command$0[(32'h8)+:(8)] == 32'h5);
        end
        unit = 32'h1;
        target_hot$d = unit << command$0[(32'h8)+:(8)];
        reading = enabled & run$q;
        read_valid$d = reading;
        read_index$d = index$q[(32'h0)+:(8)];
        read_lane$d = source$q & lane_mask;
        read_vector = source$q >> lane_shift;
        if (reading) begin
            source$d = source$q + 32'h1;
            index$d = index$q + 32'h1;
            last$d = (index$q == 32'hfe) | (from_acc$q & (index$q == 32'hfd));
            if (last$q) begin
                run$d = 1'b0;
            end
        end
        read16 = 32'h0;
        read32 = 32'h0;
        if (read_lane$q == 0) begin
            read16 = act_read$0;
            read32 = acc_read$0;
        end
        if (read_lane$q == 1) begin
            read16 = act_read$1;
            read32 = acc_read$1;
        end
        bits = $unsigned(read16);
        writes = host_write;
        entry = host_index;
        value16 = $signed(host_data[(32'h0)+:(16)]);
        value32 = $signed(host_data);
        code = host_data[(32'h0)+:(8)];
        if (read_valid$q) begin
            writes = target_hot$q[(32'h0)+:(8)];
            entry = read_index$q;
            value16 = read16;
            value32 = read32;
            code = bits[(32'h0)+:(8)];
        end
        write_hot$d = writes;
        write_entry$d = entry;
        write16$d = value16;
        write32$d = value32;
        write_code$d = code;
        write_loaded$d = read_valid$q;
        weight_write$enable = write_hot$q[32'h0];
        act_write$enable = write_hot$q[32'h1];
        alu_decode_write$enable = write_hot$q[32'h2];
        out_threshold_write$enable = write_hot$q[32'h3];
        out_code_write$enable = write_hot$q[32'h4];
        alu_threshold_write$enable = write_hot$q[32'h5];
        alu_code_write$enable = write_hot$q[32'h6];
        alu_lookup_write$enable = write_hot$q[32'h7];
        weight_write$index = write_entry$q;
        act_write$index = write_entry$q;
        alu_decode_write$index = write_entry$q;
        out_threshold_write$index = write_entry$q;
        out_code_write$index = write_entry$q;
        alu_threshold_write$index = write_entry$q;
        alu_code_write$index = write_entry$q;
        alu_lookup_write$index = write_entry$q;
        weight_write$value = write16$q;
        act_write$value = write16$q;
        alu_decode_write$value = write16$q;
        out_threshold_write$value = write32$q;
        out_code_write$value = write_code$q;
        alu_threshold_write$value = write32$q;
        alu_code_write$value = write_code$q;
        alu_lookup_write$value = write_code$q;
        loading = read_valid$q | write_loaded$q;
        finished = ~run$q & ~read_valid$q & ~write_loaded$q;
    end
    
endmodule // qins_board_up5k_sim$accel$tables


module qins_board_up5k_sim$accel$tables$from_acc(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$from_acc


module qins_board_up5k_sim$accel$tables$index(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$index


module qins_board_up5k_sim$accel$tables$last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$last


module qins_board_up5k_sim$accel$tables$read_index(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$read_index


module qins_board_up5k_sim$accel$tables$read_lane(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$tables$read_lane


module qins_board_up5k_sim$accel$tables$read_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$read_valid


module qins_board_up5k_sim$accel$tables$run(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$run


module qins_board_up5k_sim$accel$tables$source(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$tables$source


module qins_board_up5k_sim$accel$tables$target_hot(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$target_hot


module qins_board_up5k_sim$accel$tables$write16(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$accel$tables$write16


module qins_board_up5k_sim$accel$tables$write32(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$write32


module qins_board_up5k_sim$accel$tables$write_code(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$write_code


module qins_board_up5k_sim$accel$tables$write_entry(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$write_entry


module qins_board_up5k_sim$accel$tables$write_hot(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$write_hot


module qins_board_up5k_sim$accel$tables$write_loaded(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$tables$write_loaded


module qins_board_up5k_sim$accel$weight_mem$0(clock,address,write_enable,write_data,read_data);
    
    // Module arguments
    input wire  clock;
    input wire  [13:0] address;
    input wire  write_enable;
    input wire  [7:0] write_data;
    output reg  [7:0] read_data;
    
    // Update code (custom)
    reg[7:0] mem[16383:0];
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[address] <= write_data;
       end else begin
          read_data <= mem[address];
       end
    end
endmodule // qins_board_up5k_sim$accel$weight_mem$0


module qins_board_up5k_sim$accel$weight_mem$1(clock,address,write_enable,write_data,read_data);
    
    // Module arguments
    input wire  clock;
    input wire  [13:0] address;
    input wire  write_enable;
    input wire  [7:0] write_data;
    output reg  [7:0] read_data;
    
    // Update code (custom)
    reg[7:0] mem[16383:0];
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[address] <= write_data;
       end else begin
          read_data <= mem[address];
       end
    end
endmodule // qins_board_up5k_sim$accel$weight_mem$1


module qins_board_up5k_sim$accel$weight_tables$0(clock,read_code,read_value,write$enable,write$index,write$value);
    
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
    qins_board_up5k_sim$accel$weight_tables$0$memory memory(
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
    
endmodule // qins_board_up5k_sim$accel$weight_tables$0


module qins_board_up5k_sim$accel$weight_tables$0$memory(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // qins_board_up5k_sim$accel$weight_tables$0$memory


module qins_board_up5k_sim$accel$weight_tables$1(clock,read_code,read_value,write$enable,write$index,write$value);
    
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
    qins_board_up5k_sim$accel$weight_tables$1$memory memory(
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
    
endmodule // qins_board_up5k_sim$accel$weight_tables$1


module qins_board_up5k_sim$accel$weight_tables$1$memory(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // qins_board_up5k_sim$accel$weight_tables$1$memory


module qins_board_up5k_sim$accel$writer(clock,array_out_valid,array_out_tag,array_early_tag,array_result$0,array_result$1,acc_read$0,acc_read$1,write_enable,write_address,write_data$0,write_data$1,idle);
    
    // Module arguments
    input wire  clock;
    input wire  array_out_valid;
    input wire  [31:0] array_out_tag;
    input wire  [31:0] array_early_tag;
    input wire signed [31:0] array_result$0;
    input wire signed [31:0] array_result$1;
    input wire signed [31:0] acc_read$0;
    input wire signed [31:0] acc_read$1;
    output reg  write_enable;
    output reg  [7:0] write_address;
    output reg signed [31:0] write_data$0;
    output reg signed [31:0] write_data$1;
    output reg  idle;
    
    // Stub signals
    reg  adding$d;
    wire  adding$q;
    reg  adding$clock;
    reg  [31:0] adding_tag$d;
    wire  [31:0] adding_tag$q;
    reg  adding_tag$clock;
    reg signed [31:0] adding_result$0$d;
    wire signed [31:0] adding_result$0$q;
    reg  adding_result$0$clock;
    reg signed [31:0] adding_result$1$d;
    wire signed [31:0] adding_result$1$q;
    reg  adding_result$1$clock;
    reg  pend_valid$d;
    wire  pend_valid$q;
    reg  pend_valid$clock;
    reg  [7:0] pend_address$d;
    wire  [7:0] pend_address$q;
    reg  pend_address$clock;
    reg signed [31:0] pend_data$0$d;
    wire signed [31:0] pend_data$0$q;
    reg  pend_data$0$clock;
    reg signed [31:0] pend_data$1$d;
    wire signed [31:0] pend_data$1$q;
    reg  pend_data$1$clock;
    reg signed [31:0] last_data$0$d;
    wire signed [31:0] last_data$0$q;
    reg  last_data$0$clock;
    reg signed [31:0] last_data$1$d;
    wire signed [31:0] last_data$1$q;
    reg  last_data$1$clock;
    reg  forward_pend$d;
    wire  forward_pend$q;
    reg  forward_pend$clock;
    reg  forward_last$d;
    wire  forward_last$q;
    reg  forward_last$clock;
    
    // Local signals
    reg signed [31:0] forwarded$0;
    reg signed [31:0] forwarded$1;
    reg signed [31:0] previous$0;
    reg signed [31:0] previous$1;
    reg signed [31:0] sum$0;
    reg signed [31:0] sum$1;
    
    // Sub module instances
    qins_board_up5k_sim$accel$writer$adding adding(
        .d(adding$d),
        .q(adding$q),
        .clock(adding$clock)
    );
    qins_board_up5k_sim$accel$writer$adding_tag adding_tag(
        .d(adding_tag$d),
        .q(adding_tag$q),
        .clock(adding_tag$clock)
    );
    qins_board_up5k_sim$accel$writer$adding_result$0 adding_result$0(
        .d(adding_result$0$d),
        .q(adding_result$0$q),
        .clock(adding_result$0$clock)
    );
    qins_board_up5k_sim$accel$writer$adding_result$1 adding_result$1(
        .d(adding_result$1$d),
        .q(adding_result$1$q),
        .clock(adding_result$1$clock)
    );
    qins_board_up5k_sim$accel$writer$pend_valid pend_valid(
        .d(pend_valid$d),
        .q(pend_valid$q),
        .clock(pend_valid$clock)
    );
    qins_board_up5k_sim$accel$writer$pend_address pend_address(
        .d(pend_address$d),
        .q(pend_address$q),
        .clock(pend_address$clock)
    );
    qins_board_up5k_sim$accel$writer$pend_data$0 pend_data$0(
        .d(pend_data$0$d),
        .q(pend_data$0$q),
        .clock(pend_data$0$clock)
    );
    qins_board_up5k_sim$accel$writer$pend_data$1 pend_data$1(
        .d(pend_data$1$d),
        .q(pend_data$1$q),
        .clock(pend_data$1$clock)
    );
    qins_board_up5k_sim$accel$writer$last_data$0 last_data$0(
        .d(last_data$0$d),
        .q(last_data$0$q),
        .clock(last_data$0$clock)
    );
    qins_board_up5k_sim$accel$writer$last_data$1 last_data$1(
        .d(last_data$1$d),
        .q(last_data$1$q),
        .clock(last_data$1$clock)
    );
    qins_board_up5k_sim$accel$writer$forward_pend forward_pend(
        .d(forward_pend$d),
        .q(forward_pend$q),
        .clock(forward_pend$clock)
    );
    qins_board_up5k_sim$accel$writer$forward_last forward_last(
        .d(forward_last$d),
        .q(forward_last$q),
        .clock(forward_last$clock)
    );
    
    // Update code
    always @(*) begin
        adding$clock = clock;
        adding_tag$clock = clock;
        pend_valid$clock = clock;
        pend_address$clock = clock;
        forward_pend$clock = clock;
        forward_last$clock = clock;
        adding$d = adding$q;
        adding_tag$d = adding_tag$q;
        pend_valid$d = pend_valid$q;
        pend_address$d = pend_address$q;
        forward_pend$d = forward_pend$q;
        forward_last$d = forward_last$q;
        adding$d = array_out_valid;
        adding_tag$d = array_out_tag;
        forward_pend$d = adding$q & (((adding_tag$q) & 8'hff) == ((array_out_tag) & 8'hff));
        forward_last$d = 1'b0;
        forward_last$d = pend_valid$q & (pend_address$q == ((array_out_tag) & 8'hff));
        pend_valid$d = adding$q;
        pend_address$d = ((adding_tag$q) & 8'hff);
        adding_result$0$clock = clock;
        pend_data$0$clock = clock;
        last_data$0$clock = clock;
        adding_result$0$d = array_result$0;
        forwarded$0 = last_data$0$q;
        if (forward_pend$q) begin
            forwarded$0 = pend_data$0$q;
        end
        previous$0 = acc_read$0;
        if (forward_pend$q | forward_last$q) begin
            previous$0 = forwarded$0;
        end
        sum$0 = adding_result$0$q;
        if (adding_tag$q[32'h1f]) begin
            sum$0 = previous$0 + adding_result$0$q;
        end
        pend_data$0$d = sum$0;
        last_data$0$d = pend_data$0$q;
        write_data$0 = pend_data$0$q;
        adding_result$1$clock = clock;
        pend_data$1$clock = clock;
        last_data$1$clock = clock;
        adding_result$1$d = array_result$1;
        forwarded$1 = last_data$1$q;
        if (forward_pend$q) begin
            forwarded$1 = pend_data$1$q;
        end
        previous$1 = acc_read$1;
        if (forward_pend$q | forward_last$q) begin
            previous$1 = forwarded$1;
        end
        sum$1 = adding_result$1$q;
        if (adding_tag$q[32'h1f]) begin
            sum$1 = previous$1 + adding_result$1$q;
        end
        pend_data$1$d = sum$1;
        last_data$1$d = pend_data$1$q;
        write_data$1 = pend_data$1$q;
        write_enable = pend_valid$q;
        write_address = pend_address$q;
        idle = ~adding$q & ~pend_valid$q;
    end
    
endmodule // qins_board_up5k_sim$accel$writer


module qins_board_up5k_sim$accel$writer$adding(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$adding


module qins_board_up5k_sim$accel$writer$adding_result$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$adding_result$0


module qins_board_up5k_sim$accel$writer$adding_result$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$adding_result$1


module qins_board_up5k_sim$accel$writer$adding_tag(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$adding_tag


module qins_board_up5k_sim$accel$writer$forward_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$forward_last


module qins_board_up5k_sim$accel$writer$forward_pend(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$forward_pend


module qins_board_up5k_sim$accel$writer$last_data$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$last_data$0


module qins_board_up5k_sim$accel$writer$last_data$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$last_data$1


module qins_board_up5k_sim$accel$writer$pend_address(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$pend_address


module qins_board_up5k_sim$accel$writer$pend_data$0(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$pend_data$0


module qins_board_up5k_sim$accel$writer$pend_data$1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$pend_data$1


module qins_board_up5k_sim$accel$writer$pend_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$accel$writer$pend_valid


module qins_board_up5k_sim$uart(clock,uart_rx,uart_tx,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,accel_busy,led_busy,led_error);
    
    // Module arguments
    input wire  clock;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  [23:0] bus_address;
    output reg  [31:0] bus_write_data;
    output reg  bus_write;
    output reg  bus_read;
    input wire  [31:0] bus_read_data;
    input wire  bus_ready;
    input wire  bus_error;
    input wire  accel_busy;
    output reg  led_busy;
    output reg  led_error;
    
    // Stub signals
    reg  receiver$clock;
    reg  receiver$serial_in;
    wire  [7:0] receiver$data;
    wire  receiver$valid;
    wire  receiver$frame_error;
    reg  transmitter$clock;
    reg  [7:0] transmitter$data;
    reg  transmitter$start;
    wire  transmitter$busy;
    wire  transmitter$serial_out;
    reg  link$clock;
    reg  [7:0] link$rx_data;
    reg  link$rx_valid;
    wire  [7:0] link$tx_data;
    wire  link$tx_start;
    reg  link$tx_busy;
    wire  [23:0] link$bus_address;
    wire  [31:0] link$bus_write_data;
    wire  link$bus_write;
    wire  link$bus_read;
    reg  [31:0] link$bus_read_data;
    reg  link$bus_ready;
    reg  link$bus_error;
    wire  link$active;
    wire  link$error;
    
    // Sub module instances
    qins_board_up5k_sim$uart$receiver receiver(
        .clock(receiver$clock),
        .serial_in(receiver$serial_in),
        .data(receiver$data),
        .valid(receiver$valid),
        .frame_error(receiver$frame_error)
    );
    qins_board_up5k_sim$uart$transmitter transmitter(
        .clock(transmitter$clock),
        .data(transmitter$data),
        .start(transmitter$start),
        .busy(transmitter$busy),
        .serial_out(transmitter$serial_out)
    );
    qins_board_up5k_sim$uart$link link(
        .clock(link$clock),
        .rx_data(link$rx_data),
        .rx_valid(link$rx_valid),
        .tx_data(link$tx_data),
        .tx_start(link$tx_start),
        .tx_busy(link$tx_busy),
        .bus_address(link$bus_address),
        .bus_write_data(link$bus_write_data),
        .bus_write(link$bus_write),
        .bus_read(link$bus_read),
        .bus_read_data(link$bus_read_data),
        .bus_ready(link$bus_ready),
        .bus_error(link$bus_error),
        .active(link$active),
        .error(link$error)
    );
    
    // Update code
    always @(*) begin
        receiver$clock = clock;
        transmitter$clock = clock;
        link$clock = clock;
        receiver$serial_in = uart_rx;
        link$rx_data = receiver$data;
        link$rx_valid = receiver$valid;
        transmitter$data = link$tx_data;
        transmitter$start = link$tx_start;
        link$tx_busy = transmitter$busy;
        uart_tx = transmitter$serial_out;
        bus_address = link$bus_address;
        bus_write_data = link$bus_write_data;
        bus_write = link$bus_write;
        bus_read = link$bus_read;
        link$bus_read_data = bus_read_data;
        link$bus_ready = bus_ready;
        link$bus_error = bus_error;
        led_busy = accel_busy | link$active;
        led_error = link$error;
    end
    
endmodule // qins_board_up5k_sim$uart


module qins_board_up5k_sim$uart$link(clock,rx_data,rx_valid,tx_data,tx_start,tx_busy,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,active,error);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] rx_data;
    input wire  rx_valid;
    output reg  [7:0] tx_data;
    output reg  tx_start;
    input wire  tx_busy;
    output reg  [23:0] bus_address;
    output reg  [31:0] bus_write_data;
    output reg  bus_write;
    output reg  bus_read;
    input wire  [31:0] bus_read_data;
    input wire  bus_ready;
    input wire  bus_error;
    output reg  active;
    output reg  error;
    
    // Stub signals
    reg  receiver$clock;
    reg  [7:0] receiver$rx_data;
    reg  receiver$rx_valid;
    wire  [7:0] receiver$byte_data;
    wire  receiver$byte_valid;
    wire  [31:0] receiver$new_word;
    reg  receiver$timeout;
    reg  receiver$crc_ok;
    reg  receiver$resend;
    reg  receiver$last_word;
    reg  receiver$executing;
    reg  receiver$answering;
    reg  receiver$restart_index;
    reg  receiver$step_index;
    wire  [3:0] receiver$byte_index;
    wire  receiver$receiving;
    wire  receiver$respond;
    wire  [2:0] receiver$respond_with;
    wire  receiver$execute;
    wire  receiver$forget;
    wire  receiver$store_word;
    wire  receiver$rewind;
    wire  receiver$crc_take;
    wire  receiver$crc_restart;
    wire  [7:0] receiver$frame_op;
    wire  receiver$frame_read;
    wire  [7:0] receiver$frame_tag;
    wire  [23:0] receiver$frame_address;
    wire  [7:0] receiver$frame_words;
    wire  [7:0] receiver$drain_status;
    reg  line$clock;
    reg  line$byte_valid;
    reg  line$restart;
    wire  line$timeout;
    wire  [15:0] line$bytes_received;
    reg  crc$clock;
    reg  [7:0] crc$data;
    reg  crc$take;
    reg  crc$restart;
    wire  [15:0] crc$value;
    wire  crc$zero;
    reg  master$clock;
    reg  master$store_word;
    reg  [31:0] master$word;
    reg  master$rewind;
    reg  master$forget;
    reg  master$execute;
    reg  master$frame_read;
    reg  [7:0] master$frame_tag;
    reg  [23:0] master$frame_address;
    reg  [7:0] master$frame_words;
    wire  [23:0] master$bus_address;
    wire  [31:0] master$bus_write_data;
    wire  master$bus_write;
    wire  master$bus_read;
    reg  [31:0] master$bus_read_data;
    reg  master$bus_ready;
    reg  master$bus_error;
    wire  master$executing;
    wire  [7:0] master$word_index;
    wire  master$last_word;
    wire  master$resent;
    wire  [7:0] master$last_write_status;
    wire  [31:0] master$last_write_data;
    wire  [31:0] master$answer_data;
    wire  master$respond;
    wire  [2:0] master$respond_with;
    reg  sender$clock;
    reg  sender$respond;
    reg  [2:0] sender$respond_with;
    reg  [7:0] sender$drain_status;
    reg  [15:0] sender$bytes_received;
    reg  [7:0] sender$frame_op;
    reg  [7:0] sender$frame_tag;
    reg  [7:0] sender$frame_words;
    reg  [7:0] sender$word_index;
    reg  [31:0] sender$answer_data;
    reg  [7:0] sender$last_write_status;
    reg  [31:0] sender$last_write_data;
    reg  [15:0] sender$crc;
    reg  [3:0] sender$byte_index;
    wire  sender$preparing;
    wire  sender$sending;
    wire  sender$crc_take;
    wire  [7:0] sender$tx_data;
    wire  sender$tx_start;
    reg  sender$tx_busy;
    wire  sender$error;
    wire  sender$answering;
    
    // Sub module instances
    qins_board_up5k_sim$uart$link$receiver receiver(
        .clock(receiver$clock),
        .rx_data(receiver$rx_data),
        .rx_valid(receiver$rx_valid),
        .byte_data(receiver$byte_data),
        .byte_valid(receiver$byte_valid),
        .new_word(receiver$new_word),
        .timeout(receiver$timeout),
        .crc_ok(receiver$crc_ok),
        .resend(receiver$resend),
        .last_word(receiver$last_word),
        .executing(receiver$executing),
        .answering(receiver$answering),
        .restart_index(receiver$restart_index),
        .step_index(receiver$step_index),
        .byte_index(receiver$byte_index),
        .receiving(receiver$receiving),
        .respond(receiver$respond),
        .respond_with(receiver$respond_with),
        .execute(receiver$execute),
        .forget(receiver$forget),
        .store_word(receiver$store_word),
        .rewind(receiver$rewind),
        .crc_take(receiver$crc_take),
        .crc_restart(receiver$crc_restart),
        .frame_op(receiver$frame_op),
        .frame_read(receiver$frame_read),
        .frame_tag(receiver$frame_tag),
        .frame_address(receiver$frame_address),
        .frame_words(receiver$frame_words),
        .drain_status(receiver$drain_status)
    );
    qins_board_up5k_sim$uart$link$line line(
        .clock(line$clock),
        .byte_valid(line$byte_valid),
        .restart(line$restart),
        .timeout(line$timeout),
        .bytes_received(line$bytes_received)
    );
    qins_board_up5k_sim$uart$link$crc crc(
        .clock(crc$clock),
        .data(crc$data),
        .take(crc$take),
        .restart(crc$restart),
        .value(crc$value),
        .zero(crc$zero)
    );
    qins_board_up5k_sim$uart$link$master master(
        .clock(master$clock),
        .store_word(master$store_word),
        .word(master$word),
        .rewind(master$rewind),
        .forget(master$forget),
        .execute(master$execute),
        .frame_read(master$frame_read),
        .frame_tag(master$frame_tag),
        .frame_address(master$frame_address),
        .frame_words(master$frame_words),
        .bus_address(master$bus_address),
        .bus_write_data(master$bus_write_data),
        .bus_write(master$bus_write),
        .bus_read(master$bus_read),
        .bus_read_data(master$bus_read_data),
        .bus_ready(master$bus_ready),
        .bus_error(master$bus_error),
        .executing(master$executing),
        .word_index(master$word_index),
        .last_word(master$last_word),
        .resent(master$resent),
        .last_write_status(master$last_write_status),
        .last_write_data(master$last_write_data),
        .answer_data(master$answer_data),
        .respond(master$respond),
        .respond_with(master$respond_with)
    );
    qins_board_up5k_sim$uart$link$sender sender(
        .clock(sender$clock),
        .respond(sender$respond),
        .respond_with(sender$respond_with),
        .drain_status(sender$drain_status),
        .bytes_received(sender$bytes_received),
        .frame_op(sender$frame_op),
        .frame_tag(sender$frame_tag),
        .frame_words(sender$frame_words),
        .word_index(sender$word_index),
        .answer_data(sender$answer_data),
        .last_write_status(sender$last_write_status),
        .last_write_data(sender$last_write_data),
        .crc(sender$crc),
        .byte_index(sender$byte_index),
        .preparing(sender$preparing),
        .sending(sender$sending),
        .crc_take(sender$crc_take),
        .tx_data(sender$tx_data),
        .tx_start(sender$tx_start),
        .tx_busy(sender$tx_busy),
        .error(sender$error),
        .answering(sender$answering)
    );
    
    // Update code
    always @(*) begin
        receiver$clock = clock;
        line$clock = clock;
        crc$clock = clock;
        master$clock = clock;
        sender$clock = clock;
        receiver$rx_data = rx_data;
        receiver$rx_valid = rx_valid;
        line$byte_valid = receiver$byte_valid;
        crc$data = receiver$byte_data;
        if (sender$sending) begin
            crc$data = sender$tx_data;
        end
        crc$take = receiver$crc_take | sender$crc_take;
        crc$restart = receiver$crc_restart | sender$preparing;
        receiver$timeout = line$timeout;
        receiver$crc_ok = crc$zero;
        receiver$resend = master$resent;
        receiver$last_word = master$last_word;
        receiver$executing = master$executing;
        receiver$answering = sender$answering;
        active = receiver$receiving | master$executing | sender$answering;
        master$store_word = receiver$store_word;
        master$word = receiver$new_word;
        master$rewind = receiver$rewind;
        master$forget = receiver$forget;
        master$execute = receiver$execute;
        master$frame_read = receiver$frame_read;
        master$frame_tag = receiver$frame_tag;
        master$frame_address = receiver$frame_address;
        master$frame_words = receiver$frame_words;
        bus_address = master$bus_address;
        bus_write_data = master$bus_write_data;
        bus_write = master$bus_write;
        bus_read = master$bus_read;
        master$bus_read_data = bus_read_data;
        master$bus_ready = bus_ready;
        master$bus_error = bus_error;
        sender$respond = receiver$respond | master$respond;
        sender$respond_with = master$respond_with;
        if (receiver$respond) begin
            sender$respond_with = receiver$respond_with;
        end
        sender$drain_status = receiver$drain_status;
        sender$bytes_received = line$bytes_received;
        sender$frame_op = receiver$frame_op;
        sender$frame_tag = receiver$frame_tag;
        sender$frame_words = receiver$frame_words;
        sender$word_index = master$word_index;
        sender$answer_data = master$answer_data;
        sender$last_write_status = master$last_write_status;
        sender$last_write_data = master$last_write_data;
        sender$tx_busy = tx_busy;
        tx_data = sender$tx_data;
        tx_start = sender$tx_start;
        sender$byte_index = receiver$byte_index;
        receiver$restart_index = sender$preparing;
        receiver$step_index = sender$sending;
        sender$crc = crc$value;
        line$restart = sender$preparing;
        error = sender$error;
    end
    
endmodule // qins_board_up5k_sim$uart$link


module qins_board_up5k_sim$uart$link$crc(clock,data,take,restart,value,zero);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] data;
    input wire  take;
    input wire  restart;
    output reg  [15:0] value;
    output reg  zero;
    
    // Constant declarations
    localparam  k_crc_init = 16'hffff;
    localparam  k_crc_poly = 16'h1021;
    
    // Stub signals
    reg  [15:0] crc$d;
    wire  [15:0] crc$q;
    reg  crc$clock;
    reg  [7:0] crc_byte$d;
    wire  [7:0] crc_byte$q;
    reg  crc_byte$clock;
    reg  crc_en$d;
    wire  crc_en$q;
    reg  crc_en$clock;
    reg  crc_ok$d;
    wire  crc_ok$q;
    reg  crc_ok$clock;
    
    // Local signals
    reg  [15:0] crc_step$0;
    reg  [15:0] crc_step$1;
    reg  [15:0] crc_step$2;
    reg  [15:0] crc_step$3;
    reg  [15:0] crc_step$4;
    reg  [15:0] crc_step$5;
    reg  [15:0] crc_step$6;
    reg  [15:0] crc_step$7;
    reg  [15:0] crc_step$8;
    
    // Sub module instances
    qins_board_up5k_sim$uart$link$crc$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    qins_board_up5k_sim$uart$link$crc$crc_byte crc_byte(
        .d(crc_byte$d),
        .q(crc_byte$q),
        .clock(crc_byte$clock)
    );
    qins_board_up5k_sim$uart$link$crc$crc_en crc_en(
        .d(crc_en$d),
        .q(crc_en$q),
        .clock(crc_en$clock)
    );
    qins_board_up5k_sim$uart$link$crc$crc_ok crc_ok(
        .d(crc_ok$d),
        .q(crc_ok$q),
        .clock(crc_ok$clock)
    );
    
    // Update code
    always @(*) begin
        crc$clock = clock;
        crc_byte$clock = clock;
        crc_en$clock = clock;
        crc_ok$clock = clock;
        crc$d = crc$q;
        crc_byte$d = crc_byte$q;
        crc_en$d = crc_en$q;
        crc_ok$d = crc_ok$q;
        crc_step$0 = crc$q ^ (((crc_byte$q) & 16'hffff) << 32'h8);
        if (crc_step$0[32'hf]) begin
            crc_step$1 = (crc_step$0 << 32'h1) ^ k_crc_poly;
        end
        else begin
            crc_step$1 = crc_step$0 << 32'h1;
        end
        if (crc_step$1[32'hf]) begin
            crc_step$2 = (crc_step$1 << 32'h1) ^ k_crc_poly;
        end
        else begin
            crc_step$2 = crc_step$1 << 32'h1;
        end
        if (crc_step$2[32'hf]) begin
            crc_step$3 = (crc_step$2 << 32'h1) ^ k_crc_poly;
        end
        else begin
            crc_step$3 = crc_step$2 << 32'h1;
        end
        if (crc_step$3[32'hf]) begin
            crc_step$4 = (crc_step$3 << 32'h1) ^ k_crc_poly;
        end
        else begin
            crc_step$4 = crc_step$3 << 32'h1;
        end
        if (crc_step$4[32'hf]) begin
            crc_step$5 = (crc_step$4 << 32'h1) ^ k_crc_poly;
        end
        else begin
            crc_step$5 = crc_step$4 << 32'h1;
        end
        if (crc_step$5[32'hf]) begin
            crc_step$6 = (crc_step$5 << 32'h1) ^ k_crc_poly;
        end
        else begin
            crc_step$6 = crc_step$5 << 32'h1;
        end
        if (crc_step$6[32'hf]) begin
            crc_step$7 = (crc_step$6 << 32'h1) ^ k_crc_poly;
        end
        else begin
            crc_step$7 = crc_step$6 << 32'h1;
        end
        if (crc_step$7[32'hf]) begin
            crc_step$8 = (crc_step$7 << 32'h1) ^ k_crc_poly;
        end
        else begin
            crc_step$8 = crc_step$7 << 32'h1;
        end
        if (crc_en$q) begin
            crc$d = crc_step$8;
        end
        if (restart) begin
            crc$d = k_crc_init;
        end
        crc_en$d = take;
        crc_byte$d = data;
        crc_ok$d = crc$q == 32'h0;
        value = crc$q;
        zero = crc_ok$q;
    end
    
endmodule // qins_board_up5k_sim$uart$link$crc


module qins_board_up5k_sim$uart$link$crc$crc(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$crc$crc


module qins_board_up5k_sim$uart$link$crc$crc_byte(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$crc$crc_byte


module qins_board_up5k_sim$uart$link$crc$crc_en(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$crc$crc_en


module qins_board_up5k_sim$uart$link$crc$crc_ok(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$crc$crc_ok


module qins_board_up5k_sim$uart$link$line(clock,byte_valid,restart,timeout,bytes_received);
    
    // Module arguments
    input wire  clock;
    input wire  byte_valid;
    input wire  restart;
    output reg  timeout;
    output reg  [15:0] bytes_received;
    
    // Constant declarations
    localparam  k_timeout = 24'h2000;
    
    // Stub signals
    reg  [23:0] idle$d;
    wire  [23:0] idle$q;
    reg  idle$clock;
    reg  idle_done$d;
    wire  idle_done$q;
    reg  idle_done$clock;
    reg  [15:0] received$d;
    wire  [15:0] received$q;
    reg  received$clock;
    
    // Sub module instances
    qins_board_up5k_sim$uart$link$line$idle idle(
        .d(idle$d),
        .q(idle$q),
        .clock(idle$clock)
    );
    qins_board_up5k_sim$uart$link$line$idle_done idle_done(
        .d(idle_done$d),
        .q(idle_done$q),
        .clock(idle_done$clock)
    );
    qins_board_up5k_sim$uart$link$line$received received(
        .d(received$d),
        .q(received$q),
        .clock(received$clock)
    );
    
    // Update code
    always @(*) begin
        idle$clock = clock;
        idle_done$clock = clock;
        received$clock = clock;
        idle$d = idle$q;
        idle_done$d = idle_done$q;
        received$d = received$q;
        idle_done$d = 1'b0;
        if (byte_valid) begin
            idle$d = 32'h0;
            if (received$q != 32'hffff) begin
                received$d = received$q + 32'h1;
            end
        end
        else if (idle$q != k_timeout) begin
            idle$d = idle$q + 32'h1;
        end
        else begin
            idle_done$d = 1'b1;
        end
        if (restart) begin
            if (byte_valid) begin
                received$d = 32'h1;
            end
            else begin
                received$d = 32'h0;
            end
        end
        timeout = idle_done$q & ~byte_valid;
        bytes_received = received$q;
    end
    
endmodule // qins_board_up5k_sim$uart$link$line


module qins_board_up5k_sim$uart$link$line$idle(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$uart$link$line$idle


module qins_board_up5k_sim$uart$link$line$idle_done(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$line$idle_done


module qins_board_up5k_sim$uart$link$line$received(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$line$received


module qins_board_up5k_sim$uart$link$master(clock,store_word,word,rewind,forget,execute,frame_read,frame_tag,frame_address,frame_words,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,executing,word_index,last_word,resent,last_write_status,last_write_data,answer_data,respond,respond_with);
    
    // Module arguments
    input wire  clock;
    input wire  store_word;
    input wire  [31:0] word;
    input wire  rewind;
    input wire  forget;
    input wire  execute;
    input wire  frame_read;
    input wire  [7:0] frame_tag;
    input wire  [23:0] frame_address;
    input wire  [7:0] frame_words;
    output reg  [23:0] bus_address;
    output reg  [31:0] bus_write_data;
    output reg  bus_write;
    output reg  bus_read;
    input wire  [31:0] bus_read_data;
    input wire  bus_ready;
    input wire  bus_error;
    output reg  executing;
    output reg  [7:0] word_index;
    output reg  last_word;
    output reg  resent;
    output reg  [7:0] last_write_status;
    output reg  [31:0] last_write_data;
    output reg  [31:0] answer_data;
    output reg  respond;
    output reg  [2:0] respond_with;
    
    // Constant declarations
    localparam  k_rsp_no_answer = 3'b100;
    localparam  k_rsp_bus_error = 3'b101;
    localparam  k_rsp_read = 3'b110;
    localparam  k_rsp_written = 3'b111;
    localparam  k_st_ok = 8'h0;
    localparam  k_st_bus_error = 8'h4;
    
    // Stub signals
    reg  exec_load$d;
    wire  exec_load$q;
    reg  exec_load$clock;
    reg  exec_strobe$d;
    wire  exec_strobe$q;
    reg  exec_strobe$clock;
    reg  exec_wait$d;
    wire  exec_wait$q;
    reg  exec_wait$clock;
    reg  exec_wait_2$d;
    wire  exec_wait_2$q;
    reg  exec_wait_2$clock;
    reg  exec_answer$d;
    wire  exec_answer$q;
    reg  exec_answer$clock;
    reg  exec_check$d;
    wire  exec_check$q;
    reg  exec_check$clock;
    reg  [5:0] buffer$read_address;
    reg  buffer$read_clock;
    wire  [31:0] buffer$read_data;
    reg  [5:0] buffer$write_address;
    reg  buffer$write_clock;
    reg  [31:0] buffer$write_data;
    reg  buffer$write_enable;
    reg  [7:0] widx$d;
    wire  [7:0] widx$q;
    reg  widx$clock;
    reg  widx_last$d;
    wire  widx_last$q;
    reg  widx_last$clock;
    reg  strobe_write$d;
    wire  strobe_write$q;
    reg  strobe_write$clock;
    reg  strobe_read$d;
    wire  strobe_read$q;
    reg  strobe_read$clock;
    reg  [23:0] bus_addr$d;
    wire  [23:0] bus_addr$q;
    reg  bus_addr$clock;
    reg  ans_ready$d;
    wire  ans_ready$q;
    reg  ans_ready$clock;
    reg  ans_error$d;
    wire  ans_error$q;
    reg  ans_error$clock;
    reg  [31:0] ans_data$d;
    wire  [31:0] ans_data$q;
    reg  ans_data$clock;
    reg  last_valid$d;
    wire  last_valid$q;
    reg  last_valid$clock;
    reg  [7:0] last_tag$d;
    wire  [7:0] last_tag$q;
    reg  last_tag$clock;
    reg  [7:0] last_status$d;
    wire  [7:0] last_status$q;
    reg  last_status$clock;
    reg  [31:0] last_data$d;
    wire  [31:0] last_data$q;
    reg  last_data$clock;
    reg  resend$d;
    wire  resend$q;
    reg  resend$clock;
    
    // Sub module instances
    qins_board_up5k_sim$uart$link$master$exec_load exec_load(
        .d(exec_load$d),
        .q(exec_load$q),
        .clock(exec_load$clock)
    );
    qins_board_up5k_sim$uart$link$master$exec_strobe exec_strobe(
        .d(exec_strobe$d),
        .q(exec_strobe$q),
        .clock(exec_strobe$clock)
    );
    qins_board_up5k_sim$uart$link$master$exec_wait exec_wait(
        .d(exec_wait$d),
        .q(exec_wait$q),
        .clock(exec_wait$clock)
    );
    qins_board_up5k_sim$uart$link$master$exec_wait_2 exec_wait_2(
        .d(exec_wait_2$d),
        .q(exec_wait_2$q),
        .clock(exec_wait_2$clock)
    );
    qins_board_up5k_sim$uart$link$master$exec_answer exec_answer(
        .d(exec_answer$d),
        .q(exec_answer$q),
        .clock(exec_answer$clock)
    );
    qins_board_up5k_sim$uart$link$master$exec_check exec_check(
        .d(exec_check$d),
        .q(exec_check$q),
        .clock(exec_check$clock)
    );
    qins_board_up5k_sim$uart$link$master$buffer buffer(
        .read_address(buffer$read_address),
        .read_clock(buffer$read_clock),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_clock(buffer$write_clock),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    qins_board_up5k_sim$uart$link$master$widx widx(
        .d(widx$d),
        .q(widx$q),
        .clock(widx$clock)
    );
    qins_board_up5k_sim$uart$link$master$widx_last widx_last(
        .d(widx_last$d),
        .q(widx_last$q),
        .clock(widx_last$clock)
    );
    qins_board_up5k_sim$uart$link$master$strobe_write strobe_write(
        .d(strobe_write$d),
        .q(strobe_write$q),
        .clock(strobe_write$clock)
    );
    qins_board_up5k_sim$uart$link$master$strobe_read strobe_read(
        .d(strobe_read$d),
        .q(strobe_read$q),
        .clock(strobe_read$clock)
    );
    qins_board_up5k_sim$uart$link$master$bus_addr bus_addr(
        .d(bus_addr$d),
        .q(bus_addr$q),
        .clock(bus_addr$clock)
    );
    qins_board_up5k_sim$uart$link$master$ans_ready ans_ready(
        .d(ans_ready$d),
        .q(ans_ready$q),
        .clock(ans_ready$clock)
    );
    qins_board_up5k_sim$uart$link$master$ans_error ans_error(
        .d(ans_error$d),
        .q(ans_error$q),
        .clock(ans_error$clock)
    );
    qins_board_up5k_sim$uart$link$master$ans_data ans_data(
        .d(ans_data$d),
        .q(ans_data$q),
        .clock(ans_data$clock)
    );
    qins_board_up5k_sim$uart$link$master$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    qins_board_up5k_sim$uart$link$master$last_tag last_tag(
        .d(last_tag$d),
        .q(last_tag$q),
        .clock(last_tag$clock)
    );
    qins_board_up5k_sim$uart$link$master$last_status last_status(
        .d(last_status$d),
        .q(last_status$q),
        .clock(last_status$clock)
    );
    qins_board_up5k_sim$uart$link$master$last_data last_data(
        .d(last_data$d),
        .q(last_data$q),
        .clock(last_data$clock)
    );
    qins_board_up5k_sim$uart$link$master$resend resend(
        .d(resend$d),
        .q(resend$q),
        .clock(resend$clock)
    );
    
    // Update code
    always @(*) begin
        buffer$read_clock = clock;
        buffer$write_clock = clock;
        exec_load$clock = clock;
        exec_strobe$clock = clock;
        exec_wait$clock = clock;
        exec_wait_2$clock = clock;
        exec_answer$clock = clock;
        exec_check$clock = clock;
        widx$clock = clock;
        widx_last$clock = clock;
        strobe_write$clock = clock;
        strobe_read$clock = clock;
        bus_addr$clock = clock;
        ans_ready$clock = clock;
        ans_error$clock = clock;
        ans_data$clock = clock;
        last_valid$clock = clock;
        last_tag$clock = clock;
        last_status$clock = clock;
        last_data$clock = clock;
        resend$clock = clock;
        exec_load$d = exec_load$q;
        exec_strobe$d = exec_strobe$q;
        exec_wait$d = exec_wait$q;
        exec_wait_2$d = exec_wait_2$q;
        exec_answer$d = exec_answer$q;
        exec_check$d = exec_check$q;
        widx$d = widx$q;
        widx_last$d = widx_last$q;
        strobe_write$d = strobe_write$q;
        strobe_read$d = strobe_read$q;
        bus_addr$d = bus_addr$q;
        ans_ready$d = ans_ready$q;
        ans_error$d = ans_error$q;
        ans_data$d = ans_data$q;
        last_valid$d = last_valid$q;
        last_tag$d = last_tag$q;
        last_status$d = last_status$q;
        last_data$d = last_data$q;
        resend$d = resend$q;
        widx_last$d = (widx$q + 32'h1) == frame_words;
        resend$d = last_valid$q & (last_tag$q == frame_tag);
        bus_addr$d = frame_address + ((widx$q) & 24'hffffff);
        strobe_write$d = 1'b0;
        strobe_read$d = 1'b0;
        buffer$read_address = widx$q[(32'h0)+:(6)];
        buffer$write_address = widx$q[(32'h0)+:(6)];
        buffer$write_data = word;
        buffer$write_enable = store_word;
        bus_address = bus_addr$q;
        bus_write_data = buffer$read_data;
        bus_write = strobe_write$q;
        bus_read = strobe_read$q;
        word_index = widx$q;
        last_word = widx_last$q;
        resent = resend$q;
        last_write_status = last_status$q;
        last_write_data = last_data$q;
        answer_data = ans_data$q;
        respond = 1'b0;
        respond_with = k_rsp_written;
        if (store_word) begin
            widx$d = widx$q + 32'h1;
        end
        if (rewind) begin
            widx$d = 32'h0;
        end
        if (forget) begin
            last_valid$d = 1'b0;
        end
        if (execute) begin
            exec_load$d = 1'b1;
        end
        executing = exec_load$q | exec_strobe$q | exec_wait$q | exec_wait_2$q | exec_answer$q | exec_check$q;
        if (exec_load$q) begin
            exec_load$d = 1'b0;
            exec_strobe$d = 1'b1;
        end
        if (exec_strobe$q) begin
            strobe_read$d = frame_read;
            strobe_write$d = ~frame_read;
            exec_strobe$d = 1'b0;
            exec_wait$d = 1'b1;
        end
        if (exec_wait$q) begin
            exec_wait$d = 1'b0;
            exec_wait_2$d = 1'b1;
        end
        if (exec_wait_2$q) begin
            exec_wait_2$d = 1'b0;
            exec_answer$d = 1'b1;
        end
        if (exec_answer$q) begin
            ans_ready$d = bus_ready;
            ans_error$d = bus_error;
            ans_data$d = bus_read_data;
            exec_answer$d = 1'b0;
            exec_check$d = 1'b1;
        end
        if (exec_check$q) begin
            exec_check$d = 1'b0;
            if (~ans_ready$q) begin
                respond = 1'b1;
                respond_with = k_rsp_no_answer;
            end
            else if (ans_error$q) begin
                respond = 1'b1;
                respond_with = k_rsp_bus_error;
                if (~frame_read) begin
                    last_valid$d = 1'b1;
                    last_tag$d = frame_tag;
                    last_status$d = k_st_bus_error;
                    last_data$d = ((widx$q) & 32'hffffffff);
                end
            end
            else if (frame_read) begin
                respond = 1'b1;
                respond_with = k_rsp_read;
            end
            else if (widx_last$q) begin
                respond = 1'b1;
                respond_with = k_rsp_written;
                last_valid$d = 1'b1;
                last_tag$d = frame_tag;
                last_status$d = k_st_ok;
                last_data$d = ((frame_words) & 32'hffffffff);
            end
            else begin
                widx$d = widx$q + 32'h1;
                exec_load$d = 1'b1;
            end
        end
    end
    
endmodule // qins_board_up5k_sim$uart$link$master


module qins_board_up5k_sim$uart$link$master$ans_data(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$ans_data


module qins_board_up5k_sim$uart$link$master$ans_error(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$ans_error


module qins_board_up5k_sim$uart$link$master$ans_ready(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$ans_ready


module qins_board_up5k_sim$uart$link$master$buffer(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // qins_board_up5k_sim$uart$link$master$buffer


module qins_board_up5k_sim$uart$link$master$bus_addr(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$uart$link$master$bus_addr


module qins_board_up5k_sim$uart$link$master$exec_answer(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$exec_answer


module qins_board_up5k_sim$uart$link$master$exec_check(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$exec_check


module qins_board_up5k_sim$uart$link$master$exec_load(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$exec_load


module qins_board_up5k_sim$uart$link$master$exec_strobe(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$exec_strobe


module qins_board_up5k_sim$uart$link$master$exec_wait(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$exec_wait


module qins_board_up5k_sim$uart$link$master$exec_wait_2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$exec_wait_2


module qins_board_up5k_sim$uart$link$master$last_data(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$last_data


module qins_board_up5k_sim$uart$link$master$last_status(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$last_status


module qins_board_up5k_sim$uart$link$master$last_tag(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$last_tag


module qins_board_up5k_sim$uart$link$master$last_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$last_valid


module qins_board_up5k_sim$uart$link$master$resend(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$resend


module qins_board_up5k_sim$uart$link$master$strobe_read(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$strobe_read


module qins_board_up5k_sim$uart$link$master$strobe_write(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$strobe_write


module qins_board_up5k_sim$uart$link$master$widx(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$widx


module qins_board_up5k_sim$uart$link$master$widx_last(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$master$widx_last


module qins_board_up5k_sim$uart$link$receiver(clock,rx_data,rx_valid,byte_data,byte_valid,new_word,timeout,crc_ok,resend,last_word,executing,answering,restart_index,step_index,byte_index,receiving,respond,respond_with,execute,forget,store_word,rewind,crc_take,crc_restart,frame_op,frame_read,frame_tag,frame_address,frame_words,drain_status);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] rx_data;
    input wire  rx_valid;
    output reg  [7:0] byte_data;
    output reg  byte_valid;
    output reg  [31:0] new_word;
    input wire  timeout;
    input wire  crc_ok;
    input wire  resend;
    input wire  last_word;
    input wire  executing;
    input wire  answering;
    input wire  restart_index;
    input wire  step_index;
    output reg  [3:0] byte_index;
    output reg  receiving;
    output reg  respond;
    output reg  [2:0] respond_with;
    output reg  execute;
    output reg  forget;
    output reg  store_word;
    output reg  rewind;
    output reg  crc_take;
    output reg  crc_restart;
    output reg  [7:0] frame_op;
    output reg  frame_read;
    output reg  [7:0] frame_tag;
    output reg  [23:0] frame_address;
    output reg  [7:0] frame_words;
    output reg  [7:0] drain_status;
    
    // Constant declarations
    localparam  k_req_sync = 8'ha5;
    localparam  k_op_write = 8'h1;
    localparam  k_op_read = 8'h2;
    localparam  k_op_burst = 8'h3;
    localparam  k_op_status = 8'h4;
    localparam  k_max_burst = 8'h40;
    localparam  k_st_bad_crc = 8'h1;
    localparam  k_st_bad_opcode = 8'h2;
    localparam  k_st_bad_length = 8'h3;
    localparam  k_st_garbage = 8'h6;
    localparam  k_rsp_timeout = 3'b0;
    localparam  k_rsp_pending = 3'b1;
    localparam  k_rsp_status = 3'b10;
    localparam  k_rsp_resend = 3'b11;
    
    // Stub signals
    reg  expect_op$d;
    wire  expect_op$q;
    reg  expect_op$clock;
    reg  expect_tag$d;
    wire  expect_tag$q;
    reg  expect_tag$clock;
    reg  expect_address$d;
    wire  expect_address$q;
    reg  expect_address$clock;
    reg  expect_count$d;
    wire  expect_count$q;
    reg  expect_count$clock;
    reg  expect_payload$d;
    wire  expect_payload$q;
    reg  expect_payload$clock;
    reg  expect_crc$d;
    wire  expect_crc$q;
    reg  expect_crc$clock;
    reg  crc_calc$d;
    wire  crc_calc$q;
    reg  crc_calc$clock;
    reg  crc_check$d;
    wire  crc_check$q;
    reg  crc_check$clock;
    reg  decide$d;
    wire  decide$q;
    reg  decide$clock;
    reg  drain$d;
    wire  drain$q;
    reg  drain$clock;
    reg  [7:0] rx_q$d;
    wire  [7:0] rx_q$q;
    reg  rx_q$clock;
    reg  rx_v$d;
    wire  rx_v$q;
    reg  rx_v$clock;
    reg  rx_sync$d;
    wire  rx_sync$q;
    reg  rx_sync$clock;
    reg  rx_write$d;
    wire  rx_write$q;
    reg  rx_write$clock;
    reg  rx_read$d;
    wire  rx_read$q;
    reg  rx_read$clock;
    reg  rx_burst$d;
    wire  rx_burst$q;
    reg  rx_burst$clock;
    reg  rx_status$d;
    wire  rx_status$q;
    reg  rx_status$clock;
    reg  rx_len_ok$d;
    wire  rx_len_ok$q;
    reg  rx_len_ok$clock;
    reg  [7:0] op$d;
    wire  [7:0] op$q;
    reg  op$clock;
    reg  op_write$d;
    wire  op_write$q;
    reg  op_write$clock;
    reg  op_read$d;
    wire  op_read$q;
    reg  op_read$clock;
    reg  op_burst$d;
    wire  op_burst$q;
    reg  op_burst$clock;
    reg  op_status$d;
    wire  op_status$q;
    reg  op_status$clock;
    reg  [7:0] tag$d;
    wire  [7:0] tag$q;
    reg  tag$clock;
    reg  [23:0] address$d;
    wire  [23:0] address$q;
    reg  address$clock;
    reg  [7:0] words$d;
    wire  [7:0] words$q;
    reg  words$clock;
    reg  [3:0] index$d;
    wire  [3:0] index$q;
    reg  index$clock;
    reg  [31:0] word$d;
    wire  [31:0] word$q;
    reg  word$clock;
    reg  [7:0] pending$d;
    wire  [7:0] pending$q;
    reg  pending$clock;
    
    // Local signals
    reg  hunting;
    reg  in_frame;
    reg  [7:0] nwords;
    
    // Sub module instances
    qins_board_up5k_sim$uart$link$receiver$expect_op expect_op(
        .d(expect_op$d),
        .q(expect_op$q),
        .clock(expect_op$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$expect_tag expect_tag(
        .d(expect_tag$d),
        .q(expect_tag$q),
        .clock(expect_tag$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$expect_address expect_address(
        .d(expect_address$d),
        .q(expect_address$q),
        .clock(expect_address$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$expect_count expect_count(
        .d(expect_count$d),
        .q(expect_count$q),
        .clock(expect_count$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$expect_payload expect_payload(
        .d(expect_payload$d),
        .q(expect_payload$q),
        .clock(expect_payload$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$expect_crc expect_crc(
        .d(expect_crc$d),
        .q(expect_crc$q),
        .clock(expect_crc$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$crc_calc crc_calc(
        .d(crc_calc$d),
        .q(crc_calc$q),
        .clock(crc_calc$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$crc_check crc_check(
        .d(crc_check$d),
        .q(crc_check$q),
        .clock(crc_check$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$decide decide(
        .d(decide$d),
        .q(decide$q),
        .clock(decide$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$drain drain(
        .d(drain$d),
        .q(drain$q),
        .clock(drain$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$rx_q rx_q(
        .d(rx_q$d),
        .q(rx_q$q),
        .clock(rx_q$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$rx_v rx_v(
        .d(rx_v$d),
        .q(rx_v$q),
        .clock(rx_v$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$rx_sync rx_sync(
        .d(rx_sync$d),
        .q(rx_sync$q),
        .clock(rx_sync$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$rx_write rx_write(
        .d(rx_write$d),
        .q(rx_write$q),
        .clock(rx_write$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$rx_read rx_read(
        .d(rx_read$d),
        .q(rx_read$q),
        .clock(rx_read$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$rx_burst rx_burst(
        .d(rx_burst$d),
        .q(rx_burst$q),
        .clock(rx_burst$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$rx_status rx_status(
        .d(rx_status$d),
        .q(rx_status$q),
        .clock(rx_status$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$rx_len_ok rx_len_ok(
        .d(rx_len_ok$d),
        .q(rx_len_ok$q),
        .clock(rx_len_ok$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$op_write op_write(
        .d(op_write$d),
        .q(op_write$q),
        .clock(op_write$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$op_read op_read(
        .d(op_read$d),
        .q(op_read$q),
        .clock(op_read$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$op_burst op_burst(
        .d(op_burst$d),
        .q(op_burst$q),
        .clock(op_burst$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$op_status op_status(
        .d(op_status$d),
        .q(op_status$q),
        .clock(op_status$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$tag tag(
        .d(tag$d),
        .q(tag$q),
        .clock(tag$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$address address(
        .d(address$d),
        .q(address$q),
        .clock(address$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$words words(
        .d(words$d),
        .q(words$q),
        .clock(words$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$index index(
        .d(index$d),
        .q(index$q),
        .clock(index$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    qins_board_up5k_sim$uart$link$receiver$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    
    // Update code
    always @(*) begin
        expect_op$clock = clock;
        expect_tag$clock = clock;
        expect_address$clock = clock;
        expect_count$clock = clock;
        expect_payload$clock = clock;
        expect_crc$clock = clock;
        crc_calc$clock = clock;
        crc_check$clock = clock;
        decide$clock = clock;
        drain$clock = clock;
        rx_q$clock = clock;
        rx_v$clock = clock;
        rx_sync$clock = clock;
        rx_write$clock = clock;
        rx_read$clock = clock;
        rx_burst$clock = clock;
        rx_status$clock = clock;
        rx_len_ok$clock = clock;
        op$clock = clock;
        op_write$clock = clock;
        op_read$clock = clock;
        op_burst$clock = clock;
        op_status$clock = clock;
        tag$clock = clock;
        address$clock = clock;
        words$clock = clock;
        index$clock = clock;
        word$clock = clock;
        pending$clock = clock;
        expect_op$d = expect_op$q;
        expect_tag$d = expect_tag$q;
        expect_address$d = expect_address$q;
        expect_count$d = expect_count$q;
        expect_payload$d = expect_payload$q;
        expect_crc$d = expect_crc$q;
        crc_calc$d = crc_calc$q;
        crc_check$d = crc_check$q;
        decide$d = decide$q;
        drain$d = drain$q;
        rx_q$d = rx_q$q;
        rx_v$d = rx_v$q;
        rx_sync$d = rx_sync$q;
        rx_write$d = rx_write$q;
        rx_read$d = rx_read$q;
        rx_burst$d = rx_burst$q;
        rx_status$d = rx_status$q;
        rx_len_ok$d = rx_len_ok$q;
        op$d = op$q;
        op_write$d = op_write$q;
        op_read$d = op_read$q;
        op_burst$d = op_burst$q;
        op_status$d = op_status$q;
        tag$d = tag$q;
        address$d = address$q;
        words$d = words$q;
        index$d = index$q;
        word$d = word$q;
        pending$d = pending$q;
        rx_q$d = rx_data;
        rx_v$d = rx_valid;
        rx_sync$d = rx_data == k_req_sync;
        rx_write$d = rx_data == k_op_write;
        rx_read$d = rx_data == k_op_read;
        rx_burst$d = rx_data == k_op_burst;
        rx_status$d = rx_data == k_op_status;
        rx_len_ok$d = ((op_write$q | op_read$q) & (rx_data == 32'h1)) | (op_status$q & (rx_data == 32'h0)) | (op_burst$q & (rx_data != 32'h0) & (rx_data <= k_max_burst));
        nwords = 32'h0;
        if (op_write$q) begin
            nwords = 32'h1;
        end
        if (op_burst$q) begin
            nwords = rx_q$q;
        end
        byte_data = rx_q$q;
        byte_valid = rx_v$q;
        new_word = (((rx_q$q) & 32'hffffffff) << 32'h18) | (word$q >> 32'h8);
        frame_op = op$q;
        frame_read = op_read$q;
        frame_tag = tag$q;
        frame_address = address$q;
        frame_words = words$q;
        drain_status = pending$q;
        byte_index = index$q;
        in_frame = expect_op$q | expect_tag$q | expect_address$q | expect_count$q | expect_payload$q | expect_crc$q;
        receiving = in_frame | crc_calc$q | crc_check$q | decide$q | drain$q;
        hunting = ~receiving & ~executing & ~answering;
        crc_take = in_frame & rx_v$q;
        crc_restart = hunting & rx_v$q;
        store_word = 1'b0;
        rewind = 1'b0;
        execute = 1'b0;
        forget = 1'b0;
        respond = 1'b0;
        respond_with = k_rsp_timeout;
        if (restart_index) begin
            index$d = 32'h0;
        end
        if (step_index) begin
            index$d = index$q + 32'h1;
        end
        if (hunting) begin
            if (rx_v$q) begin
                op$d = 32'h0;
                tag$d = 32'h0;
                if (rx_sync$q) begin
                    expect_op$d = 1'b1;
                end
                else begin
                    pending$d = k_st_garbage;
                    drain$d = 1'b1;
                end
            end
        end
        if (expect_op$q) begin
            if (rx_v$q) begin
                op$d = rx_q$q;
                op_write$d = rx_write$q;
                op_read$d = rx_read$q;
                op_burst$d = rx_burst$q;
                op_status$d = rx_status$q;
                expect_op$d = 1'b0;
                if (rx_write$q | rx_read$q | rx_burst$q | rx_status$q) begin
                    expect_tag$d = 1'b1;
                end
                else begin
                    pending$d = k_st_bad_opcode;
                    drain$d = 1'b1;
                end
            end
        end
        if (expect_tag$q) begin
            if (rx_v$q) begin
                tag$d = rx_q$q;
                index$d = 32'h0;
                expect_tag$d = 1'b0;
                expect_address$d = 1'b1;
            end
        end
        if (expect_address$q) begin
            if (rx_v$q) begin
                address$d = (((rx_q$q) & 24'hffffff) << 32'h10) | (address$q >> 32'h8);
                index$d = index$q + 32'h1;
                if (index$q == 32'h2) begin
                    expect_address$d = 1'b0;
                    expect_count$d = 1'b1;
                end
            end
        end
        if (expect_count$q) begin
            if (rx_v$q) begin
                words$d = nwords;
                index$d = 32'h0;
                rewind = 1'b1;
                expect_count$d = 1'b0;
                if (~rx_len_ok$q) begin
                    pending$d = k_st_bad_length;
                    drain$d = 1'b1;
                end
                else if (op_write$q | op_burst$q) begin
                    expect_payload$d = 1'b1;
                end
                else begin
                    expect_crc$d = 1'b1;
                end
            end
        end
        if (expect_payload$q) begin
            if (rx_v$q) begin
                word$d = new_word;
                index$d = index$q + 32'h1;
                if (index$q[(32'h0)+:(2)] == 32'h3) begin
                    store_word = 1'b1;
                    if (last_word) begin
                        index$d = 32'h0;
                        expect_payload$d = 1'b0;
                        expect_crc$d = 1'b1;
                    end
                end
            end
        end
        if (expect_crc$q) begin
            if (rx_v$q) begin
                index$d = index$q + 32'h1;
                if (index$q == 32'h1) begin
                    rewind = 1'b1;
                    expect_crc$d = 1'b0;
                    crc_calc$d = 1'b1;
                end
            end
        end
        if (in_frame & ~rx_v$q & timeout) begin
            expect_op$d = 1'b0;
            expect_tag$d = 1'b0;
            expect_address$d = 1'b0;
            expect_count$d = 1'b0;
            expect_payload$d = 1'b0;
            expect_crc$d = 1'b0;
            respond = 1'b1;
            respond_with = k_rsp_timeout;
        end
        if (crc_calc$q) begin
            crc_calc$d = 1'b0;
            crc_check$d = 1'b1;
        end
        if (crc_check$q) begin
            crc_check$d = 1'b0;
            decide$d = 1'b1;
        end
        if (decide$q) begin
            decide$d = 1'b0;
            if (~crc_ok) begin
                pending$d = k_st_bad_crc;
                drain$d = 1'b1;
            end
            else if (op_status$q) begin
                forget = 1'b1;
                respond = 1'b1;
                respond_with = k_rsp_status;
            end
            else if (op_read$q) begin
                execute = 1'b1;
            end
            else if (resend) begin
                respond = 1'b1;
                respond_with = k_rsp_resend;
            end
            else begin
                execute = 1'b1;
            end
        end
        if (drain$q) begin
            if (timeout) begin
                drain$d = 1'b0;
                respond = 1'b1;
                respond_with = k_rsp_pending;
            end
        end
    end
    
endmodule // qins_board_up5k_sim$uart$link$receiver


module qins_board_up5k_sim$uart$link$receiver$address(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$uart$link$receiver$address


module qins_board_up5k_sim$uart$link$receiver$crc_calc(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$crc_calc


module qins_board_up5k_sim$uart$link$receiver$crc_check(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$crc_check


module qins_board_up5k_sim$uart$link$receiver$decide(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$decide


module qins_board_up5k_sim$uart$link$receiver$drain(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$drain


module qins_board_up5k_sim$uart$link$receiver$expect_address(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$expect_address


module qins_board_up5k_sim$uart$link$receiver$expect_count(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$expect_count


module qins_board_up5k_sim$uart$link$receiver$expect_crc(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$expect_crc


module qins_board_up5k_sim$uart$link$receiver$expect_op(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$expect_op


module qins_board_up5k_sim$uart$link$receiver$expect_payload(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$expect_payload


module qins_board_up5k_sim$uart$link$receiver$expect_tag(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$expect_tag


module qins_board_up5k_sim$uart$link$receiver$index(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$index


module qins_board_up5k_sim$uart$link$receiver$op(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$op


module qins_board_up5k_sim$uart$link$receiver$op_burst(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$op_burst


module qins_board_up5k_sim$uart$link$receiver$op_read(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$op_read


module qins_board_up5k_sim$uart$link$receiver$op_status(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$op_status


module qins_board_up5k_sim$uart$link$receiver$op_write(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$op_write


module qins_board_up5k_sim$uart$link$receiver$pending(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$pending


module qins_board_up5k_sim$uart$link$receiver$rx_burst(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$rx_burst


module qins_board_up5k_sim$uart$link$receiver$rx_len_ok(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$rx_len_ok


module qins_board_up5k_sim$uart$link$receiver$rx_q(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$rx_q


module qins_board_up5k_sim$uart$link$receiver$rx_read(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$rx_read


module qins_board_up5k_sim$uart$link$receiver$rx_status(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$rx_status


module qins_board_up5k_sim$uart$link$receiver$rx_sync(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$rx_sync


module qins_board_up5k_sim$uart$link$receiver$rx_v(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$rx_v


module qins_board_up5k_sim$uart$link$receiver$rx_write(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$rx_write


module qins_board_up5k_sim$uart$link$receiver$tag(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$tag


module qins_board_up5k_sim$uart$link$receiver$word(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$word


module qins_board_up5k_sim$uart$link$receiver$words(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$receiver$words


module qins_board_up5k_sim$uart$link$sender(clock,respond,respond_with,drain_status,bytes_received,frame_op,frame_tag,frame_words,word_index,answer_data,last_write_status,last_write_data,crc,byte_index,preparing,sending,crc_take,tx_data,tx_start,tx_busy,error,answering);
    
    // Module arguments
    input wire  clock;
    input wire  respond;
    input wire  [2:0] respond_with;
    input wire  [7:0] drain_status;
    input wire  [15:0] bytes_received;
    input wire  [7:0] frame_op;
    input wire  [7:0] frame_tag;
    input wire  [7:0] frame_words;
    input wire  [7:0] word_index;
    input wire  [31:0] answer_data;
    input wire  [7:0] last_write_status;
    input wire  [31:0] last_write_data;
    input wire  [15:0] crc;
    input wire  [3:0] byte_index;
    output reg  preparing;
    output reg  sending;
    output reg  crc_take;
    output reg  [7:0] tx_data;
    output reg  tx_start;
    input wire  tx_busy;
    output reg  error;
    output reg  answering;
    
    // Constant declarations
    localparam  k_rsp_timeout = 3'b0;
    localparam  k_rsp_pending = 3'b1;
    localparam  k_rsp_status = 3'b10;
    localparam  k_rsp_resend = 3'b11;
    localparam  k_rsp_no_answer = 3'b100;
    localparam  k_rsp_bus_error = 3'b101;
    localparam  k_rsp_read = 3'b110;
    localparam  k_rsp_sync = 8'h5a;
    localparam  k_st_ok = 8'h0;
    localparam  k_st_bus_error = 8'h4;
    localparam  k_st_timeout = 8'h5;
    localparam  k_st_no_answer = 8'h7;
    localparam  k_status_base = 32'h4001;
    
    // Stub signals
    reg  build$d;
    wire  build$q;
    reg  build$clock;
    reg  prepare$d;
    wire  prepare$q;
    reg  prepare$clock;
    reg  send$d;
    wire  send$q;
    reg  send$clock;
    reg  send_wait$d;
    wire  send_wait$q;
    reg  send_wait$clock;
    reg  [2:0] rsp_sel$d;
    wire  [2:0] rsp_sel$q;
    reg  rsp_sel$clock;
    reg  tx_go$d;
    wire  tx_go$q;
    reg  tx_go$clock;
    reg  [7:0] tx_byte$d;
    wire  [7:0] tx_byte$q;
    reg  tx_byte$clock;
    reg  [7:0] rsp_status$d;
    wire  [7:0] rsp_status$q;
    reg  rsp_status$clock;
    reg  [31:0] rsp_data$d;
    wire  [31:0] rsp_data$q;
    reg  rsp_data$clock;
    reg  [7:0] errors$d;
    wire  [7:0] errors$q;
    reg  errors$clock;
    
    // Sub module instances
    qins_board_up5k_sim$uart$link$sender$build build(
        .d(build$d),
        .q(build$q),
        .clock(build$clock)
    );
    qins_board_up5k_sim$uart$link$sender$prepare prepare(
        .d(prepare$d),
        .q(prepare$q),
        .clock(prepare$clock)
    );
    qins_board_up5k_sim$uart$link$sender$send send(
        .d(send$d),
        .q(send$q),
        .clock(send$clock)
    );
    qins_board_up5k_sim$uart$link$sender$send_wait send_wait(
        .d(send_wait$d),
        .q(send_wait$q),
        .clock(send_wait$clock)
    );
    qins_board_up5k_sim$uart$link$sender$rsp_sel rsp_sel(
        .d(rsp_sel$d),
        .q(rsp_sel$q),
        .clock(rsp_sel$clock)
    );
    qins_board_up5k_sim$uart$link$sender$tx_go tx_go(
        .d(tx_go$d),
        .q(tx_go$q),
        .clock(tx_go$clock)
    );
    qins_board_up5k_sim$uart$link$sender$tx_byte tx_byte(
        .d(tx_byte$d),
        .q(tx_byte$q),
        .clock(tx_byte$clock)
    );
    qins_board_up5k_sim$uart$link$sender$rsp_status rsp_status(
        .d(rsp_status$d),
        .q(rsp_status$q),
        .clock(rsp_status$clock)
    );
    qins_board_up5k_sim$uart$link$sender$rsp_data rsp_data(
        .d(rsp_data$d),
        .q(rsp_data$q),
        .clock(rsp_data$clock)
    );
    qins_board_up5k_sim$uart$link$sender$errors errors(
        .d(errors$d),
        .q(errors$q),
        .clock(errors$clock)
    );
    
    // Update code
    always @(*) begin
        build$clock = clock;
        prepare$clock = clock;
        send$clock = clock;
        send_wait$clock = clock;
        rsp_sel$clock = clock;
        rsp_status$clock = clock;
        rsp_data$clock = clock;
        errors$clock = clock;
        tx_byte$clock = clock;
        tx_go$clock = clock;
        build$d = build$q;
        prepare$d = prepare$q;
        send$d = send$q;
        send_wait$d = send_wait$q;
        rsp_sel$d = rsp_sel$q;
        rsp_status$d = rsp_status$q;
        rsp_data$d = rsp_data$q;
        errors$d = errors$q;
        tx_byte$d = tx_byte$q;
        tx_go$d = tx_go$q;
        tx_byte$d = k_rsp_sync;
        if (byte_index == 32'h1) begin
            tx_byte$d = rsp_status$q;
        end
        if (byte_index == 32'h2) begin
            tx_byte$d = frame_op;
        end
        if (byte_index == 32'h3) begin
            tx_byte$d = frame_tag;
        end
        if (byte_index == 32'h4) begin
            tx_byte$d = rsp_data$q[(32'h0)+:(8)];
        end
        if (byte_index == 32'h5) begin
            tx_byte$d = rsp_data$q[(32'h8)+:(8)];
        end
        if (byte_index == 32'h6) begin
            tx_byte$d = rsp_data$q[(32'h10)+:(8)];
        end
        if (byte_index == 32'h7) begin
            tx_byte$d = rsp_data$q[(32'h18)+:(8)];
        end
        if (byte_index == 32'h8) begin
            tx_byte$d = crc[(32'h8)+:(8)];
        end
        if (byte_index == 32'h9) begin
            tx_byte$d = crc[(32'h0)+:(8)];
        end
        tx_data = tx_byte$q;
        tx_start = tx_go$q;
        tx_go$d = 1'b0;
        error = rsp_status$q != k_st_ok;
        answering = build$q | prepare$q | send$q | send_wait$q;
        preparing = prepare$q;
        sending = send$q;
        crc_take = send$q & (byte_index >= 32'h1) & (byte_index <= 32'h7);
        if (respond) begin
            rsp_sel$d = respond_with;
            build$d = 1'b1;
        end
        if (build$q) begin
            rsp_status$d = k_st_ok;
            rsp_data$d = ((frame_words) & 32'hffffffff);
            if (rsp_sel$q == k_rsp_timeout) begin
                rsp_status$d = k_st_timeout;
                rsp_data$d = ((bytes_received) & 32'hffffffff);
            end
            if (rsp_sel$q == k_rsp_pending) begin
                rsp_status$d = drain_status;
                rsp_data$d = ((bytes_received) & 32'hffffffff);
            end
            if (rsp_sel$q == k_rsp_status) begin
                rsp_data$d = k_status_base | (((errors$q) & 32'hffffffff) << 32'h10);
            end
            if (rsp_sel$q == k_rsp_resend) begin
                rsp_status$d = last_write_status;
                rsp_data$d = last_write_data;
            end
            if (rsp_sel$q == k_rsp_no_answer) begin
                rsp_status$d = k_st_no_answer;
                rsp_data$d = ((word_index) & 32'hffffffff);
            end
            if (rsp_sel$q == k_rsp_bus_error) begin
                rsp_status$d = k_st_bus_error;
                rsp_data$d = ((word_index) & 32'hffffffff);
            end
            if (rsp_sel$q == k_rsp_read) begin
                rsp_data$d = answer_data;
            end
            build$d = 1'b0;
            prepare$d = 1'b1;
        end
        if (prepare$q) begin
            if ((rsp_status$q != k_st_ok) & (errors$q != 32'hff)) begin
                errors$d = errors$q + 32'h1;
            end
            prepare$d = 1'b0;
            send_wait$d = 1'b1;
        end
        if (send$q) begin
            send$d = 1'b0;
            send_wait$d = 1'b1;
        end
        if (send_wait$q) begin
            if (~tx_busy) begin
                send_wait$d = 1'b0;
                if (byte_index == 32'ha) begin
                end
                else begin
                    tx_go$d = 1'b1;
                    send$d = 1'b1;
                end
            end
        end
    end
    
endmodule // qins_board_up5k_sim$uart$link$sender


module qins_board_up5k_sim$uart$link$sender$build(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$build


module qins_board_up5k_sim$uart$link$sender$errors(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$errors


module qins_board_up5k_sim$uart$link$sender$prepare(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$prepare


module qins_board_up5k_sim$uart$link$sender$rsp_data(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$rsp_data


module qins_board_up5k_sim$uart$link$sender$rsp_sel(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$uart$link$sender$rsp_sel


module qins_board_up5k_sim$uart$link$sender$rsp_status(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$rsp_status


module qins_board_up5k_sim$uart$link$sender$send(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$send


module qins_board_up5k_sim$uart$link$sender$send_wait(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$send_wait


module qins_board_up5k_sim$uart$link$sender$tx_byte(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$tx_byte


module qins_board_up5k_sim$uart$link$sender$tx_go(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$link$sender$tx_go


module qins_board_up5k_sim$uart$receiver(clock,serial_in,data,valid,frame_error);
    
    // Module arguments
    input wire  clock;
    input wire  serial_in;
    output reg  [7:0] data;
    output reg  valid;
    output reg  frame_error;
    
    // Constant declarations
    localparam  k_half = 16'h3;
    localparam  k_full = 16'h7;
    
    // Enums
    localparam RxState$WaitHigh = 0;
    localparam RxState$Idle = 1;
    localparam RxState$Start = 2;
    localparam RxState$Data = 3;
    localparam RxState$Stop = 4;
    
    // Stub signals
    reg  sync1$d;
    wire  sync1$q;
    reg  sync1$clock;
    reg  sync2$d;
    wire  sync2$q;
    reg  sync2$clock;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [15:0] timer$d;
    wire  [15:0] timer$q;
    reg  timer$clock;
    reg  [3:0] nbits$d;
    wire  [3:0] nbits$q;
    reg  nbits$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  [7:0] out_data$d;
    wire  [7:0] out_data$q;
    reg  out_data$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  out_error$d;
    wire  out_error$q;
    reg  out_error$clock;
    
    // Sub module instances
    qins_board_up5k_sim$uart$receiver$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    qins_board_up5k_sim$uart$receiver$sync2 sync2(
        .d(sync2$d),
        .q(sync2$q),
        .clock(sync2$clock)
    );
    qins_board_up5k_sim$uart$receiver$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    qins_board_up5k_sim$uart$receiver$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    qins_board_up5k_sim$uart$receiver$nbits nbits(
        .d(nbits$d),
        .q(nbits$q),
        .clock(nbits$clock)
    );
    qins_board_up5k_sim$uart$receiver$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    qins_board_up5k_sim$uart$receiver$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    qins_board_up5k_sim$uart$receiver$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    qins_board_up5k_sim$uart$receiver$out_error out_error(
        .d(out_error$d),
        .q(out_error$q),
        .clock(out_error$clock)
    );
    
    // Update code
    always @(*) begin
        sync1$clock = clock;
        sync2$clock = clock;
        state$clock = clock;
        timer$clock = clock;
        nbits$clock = clock;
        shift$clock = clock;
        out_data$clock = clock;
        out_valid$clock = clock;
        out_error$clock = clock;
        sync1$d = sync1$q;
        sync2$d = sync2$q;
        state$d = state$q;
        timer$d = timer$q;
        nbits$d = nbits$q;
        shift$d = shift$q;
        out_data$d = out_data$q;
        out_valid$d = out_valid$q;
        out_error$d = out_error$q;
        sync1$d = serial_in;
        sync2$d = sync1$q;
        out_valid$d = 1'b0;
        out_error$d = 1'b0;
        data = out_data$q;
        valid = out_valid$q;
        frame_error = out_error$q;
        case (state$q)
            RxState$WaitHigh:
                begin
                    if (sync2$q) begin
                        state$d = RxState$Idle;
                    end
                end
            RxState$Idle:
                begin
                    if (~sync2$q) begin
                        timer$d = 32'h0;
                        state$d = RxState$Start;
                    end
                end
            RxState$Start:
                begin
                    if (timer$q == k_half) begin
                        timer$d = 32'h0;
                        nbits$d = 32'h0;
                        if (sync2$q) begin
                            state$d = RxState$Idle;
                        end
                        else begin
                            state$d = RxState$Data;
                        end
                    end
                    else begin
                        timer$d = timer$q + 32'h1;
                    end
                end
            RxState$Data:
                begin
                    if (timer$q == k_full) begin
                        timer$d = 32'h0;
                        if (sync2$q) begin
                            shift$d = (shift$q >> 32'h1) | 32'h80;
                        end
                        else begin
                            shift$d = shift$q >> 32'h1;
                        end
                        if (nbits$q == 32'h7) begin
                            state$d = RxState$Stop;
                        end
                        else begin
                            nbits$d = nbits$q + 32'h1;
                        end
                    end
                    else begin
                        timer$d = timer$q + 32'h1;
                    end
                end
            RxState$Stop:
                begin
                    if (timer$q == k_full) begin
                        timer$d = 32'h0;
                        if (sync2$q) begin
                            out_data$d = shift$q;
                            out_valid$d = 1'b1;
                            state$d = RxState$Idle;
                        end
                        else begin
                            out_error$d = 1'b1;
                            state$d = RxState$WaitHigh;
                        end
                    end
                    else begin
                        timer$d = timer$q + 32'h1;
                    end
                end
            default:
                begin
                    state$d = RxState$WaitHigh;
                end
        endcase
    end
    
endmodule // qins_board_up5k_sim$uart$receiver


module qins_board_up5k_sim$uart$receiver$nbits(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$receiver$nbits


module qins_board_up5k_sim$uart$receiver$out_data(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$receiver$out_data


module qins_board_up5k_sim$uart$receiver$out_error(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$receiver$out_error


module qins_board_up5k_sim$uart$receiver$out_valid(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$receiver$out_valid


module qins_board_up5k_sim$uart$receiver$shift(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$receiver$shift


module qins_board_up5k_sim$uart$receiver$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam RxState$WaitHigh = 0;
    localparam RxState$Idle = 1;
    localparam RxState$Start = 2;
    localparam RxState$Data = 3;
    localparam RxState$Stop = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$uart$receiver$state


module qins_board_up5k_sim$uart$receiver$sync1(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$receiver$sync1


module qins_board_up5k_sim$uart$receiver$sync2(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$receiver$sync2


module qins_board_up5k_sim$uart$receiver$timer(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$receiver$timer


module qins_board_up5k_sim$uart$transmitter(clock,data,start,busy,serial_out);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] data;
    input wire  start;
    output reg  busy;
    output reg  serial_out;
    
    // Constant declarations
    localparam  k_full = 16'h7;
    
    // Stub signals
    reg  active$d;
    wire  active$q;
    reg  active$clock;
    reg  [3:0] left$d;
    wire  [3:0] left$q;
    reg  left$clock;
    reg  [15:0] timer$d;
    wire  [15:0] timer$q;
    reg  timer$clock;
    reg  [8:0] shift$d;
    wire  [8:0] shift$q;
    reg  shift$clock;
    reg  line_n$d;
    wire  line_n$q;
    reg  line_n$clock;
    
    // Sub module instances
    qins_board_up5k_sim$uart$transmitter$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    qins_board_up5k_sim$uart$transmitter$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    qins_board_up5k_sim$uart$transmitter$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    qins_board_up5k_sim$uart$transmitter$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    qins_board_up5k_sim$uart$transmitter$line_n line_n(
        .d(line_n$d),
        .q(line_n$q),
        .clock(line_n$clock)
    );
    
    // Update code
    always @(*) begin
        active$clock = clock;
        left$clock = clock;
        timer$clock = clock;
        shift$clock = clock;
        line_n$clock = clock;
        active$d = active$q;
        left$d = left$q;
        timer$d = timer$q;
        shift$d = shift$q;
        line_n$d = line_n$q;
        busy = active$q;
        serial_out = ~line_n$q;
        if (~active$q) begin
            if (start) begin
                active$d = 1'b1;
                line_n$d = 1'b1;
                shift$d = ((data) & 9'h1ff) | 32'h100;
                left$d = 32'h9;
                timer$d = 32'h0;
            end
        end
        else if (timer$q == k_full) begin
            timer$d = 32'h0;
            if (left$q == 32'h0) begin
                active$d = 1'b0;
                line_n$d = 1'b0;
            end
            else begin
                line_n$d = ~shift$q[32'h0];
                shift$d = shift$q >> 32'h1;
                left$d = left$q - 32'h1;
            end
        end
        else begin
            timer$d = timer$q + 32'h1;
        end
    end
    
endmodule // qins_board_up5k_sim$uart$transmitter


module qins_board_up5k_sim$uart$transmitter$active(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$transmitter$active


module qins_board_up5k_sim$uart$transmitter$left(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$transmitter$left


module qins_board_up5k_sim$uart$transmitter$line_n(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$transmitter$line_n


module qins_board_up5k_sim$uart$transmitter$shift(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_board_up5k_sim$uart$transmitter$shift


module qins_board_up5k_sim$uart$transmitter$timer(d,q,clock);
    
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
          
endmodule // qins_board_up5k_sim$uart$transmitter$timer
