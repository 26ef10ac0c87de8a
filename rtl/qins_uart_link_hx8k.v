

module qins_uart_link_hx8k(clock,uart_rx,uart_tx,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,accel_busy,led_busy,led_error);
    
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
    qins_uart_link_hx8k$receiver receiver(
        .clock(receiver$clock),
        .serial_in(receiver$serial_in),
        .data(receiver$data),
        .valid(receiver$valid),
        .frame_error(receiver$frame_error)
    );
    qins_uart_link_hx8k$transmitter transmitter(
        .clock(transmitter$clock),
        .data(transmitter$data),
        .start(transmitter$start),
        .busy(transmitter$busy),
        .serial_out(transmitter$serial_out)
    );
    qins_uart_link_hx8k$link link(
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
    
endmodule // qins_uart_link_hx8k


module qins_uart_link_hx8k$link(clock,rx_data,rx_valid,tx_data,tx_start,tx_busy,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,active,error);
    
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
    
    // Constant declarations
    localparam  k_hunt = 20'h0;
    localparam  k_op = 20'h1;
    localparam  k_tag = 20'h2;
    localparam  k_address = 20'h4;
    localparam  k_count = 20'h8;
    localparam  k_payload = 20'h10;
    localparam  k_crc = 20'h20;
    localparam  k_crc_calc = 20'h40;
    localparam  k_crc_check = 20'h80;
    localparam  k_decide = 20'h100;
    localparam  k_drain = 20'h200;
    localparam  k_exec_load = 20'h400;
    localparam  k_exec_strobe = 20'h800;
    localparam  k_exec_wait = 20'h1000;
    localparam  k_exec_wait_2 = 20'h2000;
    localparam  k_exec_answer = 20'h4000;
    localparam  k_exec_check = 20'h8000;
    localparam  k_send = 20'h10000;
    localparam  k_send_wait = 20'h20000;
    localparam  k_respond = 20'h40000;
    localparam  k_status = 20'h80000;
    localparam  k_req_sync = 8'ha5;
    localparam  k_rsp_sync = 8'h5a;
    localparam  k_op_write = 8'h1;
    localparam  k_op_read = 8'h2;
    localparam  k_op_burst = 8'h3;
    localparam  k_op_status = 8'h4;
    localparam  k_max_burst = 8'h40;
    localparam  k_st_ok = 8'h0;
    localparam  k_st_bad_crc = 8'h1;
    localparam  k_st_bad_opcode = 8'h2;
    localparam  k_st_bad_length = 8'h3;
    localparam  k_st_bus_error = 8'h4;
    localparam  k_st_timeout = 8'h5;
    localparam  k_st_garbage = 8'h6;
    localparam  k_st_no_answer = 8'h7;
    localparam  k_status_base = 32'h4001;
    localparam  k_rsp_timeout = 3'b0;
    localparam  k_rsp_pending = 3'b1;
    localparam  k_rsp_status = 3'b10;
    localparam  k_rsp_resend = 3'b11;
    localparam  k_rsp_no_answer = 3'b100;
    localparam  k_rsp_bus_error = 3'b101;
    localparam  k_rsp_read = 3'b110;
    localparam  k_rsp_written = 3'b111;
    
    // Stub signals
    reg  [5:0] buffer$read_address;
    reg  buffer$read_clock;
    wire  [31:0] buffer$read_data;
    reg  [5:0] buffer$write_address;
    reg  buffer$write_clock;
    reg  [31:0] buffer$write_data;
    reg  buffer$write_enable;
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
    reg  [19:0] state$d;
    wire  [19:0] state$q;
    reg  state$clock;
    reg  crc$clock;
    reg  [7:0] crc$data;
    reg  crc$take;
    reg  crc$restart;
    wire  [15:0] crc$value;
    wire  crc$zero;
    reg  line$clock;
    reg  line$byte_valid;
    reg  line$restart;
    wire  line$timeout;
    wire  [15:0] line$bytes_received;
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
    reg  [7:0] widx$d;
    wire  [7:0] widx$q;
    reg  widx$clock;
    reg  widx_last$d;
    wire  widx_last$q;
    reg  widx_last$clock;
    reg  [31:0] word$d;
    wire  [31:0] word$q;
    reg  word$clock;
    reg  [7:0] pending$d;
    wire  [7:0] pending$q;
    reg  pending$clock;
    reg  [7:0] errors$d;
    wire  [7:0] errors$q;
    reg  errors$clock;
    reg  [2:0] rsp_sel$d;
    wire  [2:0] rsp_sel$q;
    reg  rsp_sel$clock;
    reg  [7:0] rsp_status$d;
    wire  [7:0] rsp_status$q;
    reg  rsp_status$clock;
    reg  [31:0] rsp_data$d;
    wire  [31:0] rsp_data$q;
    reg  rsp_data$clock;
    reg  [7:0] tx_byte$d;
    wire  [7:0] tx_byte$q;
    reg  tx_byte$clock;
    reg  tx_go$d;
    wire  tx_go$q;
    reg  tx_go$clock;
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
    
    // Local signals
    reg  in_hunt;
    reg  in_op;
    reg  in_tag;
    reg  in_address;
    reg  in_count;
    reg  in_payload;
    reg  in_crc;
    reg  in_crc_calc;
    reg  in_crc_check;
    reg  in_decide;
    reg  in_drain;
    reg  in_exec_load;
    reg  in_exec_strobe;
    reg  in_exec_wait;
    reg  in_exec_wait_2;
    reg  in_exec_answer;
    reg  in_exec_check;
    reg  in_send;
    reg  in_send_wait;
    reg  in_respond;
    reg  in_status;
    reg  [7:0] nwords;
    reg  [31:0] new_word;
    
    // Sub module instances
    qins_uart_link_hx8k$link$buffer buffer(
        .read_address(buffer$read_address),
        .read_clock(buffer$read_clock),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_clock(buffer$write_clock),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    qins_uart_link_hx8k$link$rx_q rx_q(
        .d(rx_q$d),
        .q(rx_q$q),
        .clock(rx_q$clock)
    );
    qins_uart_link_hx8k$link$rx_v rx_v(
        .d(rx_v$d),
        .q(rx_v$q),
        .clock(rx_v$clock)
    );
    qins_uart_link_hx8k$link$rx_sync rx_sync(
        .d(rx_sync$d),
        .q(rx_sync$q),
        .clock(rx_sync$clock)
    );
    qins_uart_link_hx8k$link$rx_write rx_write(
        .d(rx_write$d),
        .q(rx_write$q),
        .clock(rx_write$clock)
    );
    qins_uart_link_hx8k$link$rx_read rx_read(
        .d(rx_read$d),
        .q(rx_read$q),
        .clock(rx_read$clock)
    );
    qins_uart_link_hx8k$link$rx_burst rx_burst(
        .d(rx_burst$d),
        .q(rx_burst$q),
        .clock(rx_burst$clock)
    );
    qins_uart_link_hx8k$link$rx_status rx_status(
        .d(rx_status$d),
        .q(rx_status$q),
        .clock(rx_status$clock)
    );
    qins_uart_link_hx8k$link$rx_len_ok rx_len_ok(
        .d(rx_len_ok$d),
        .q(rx_len_ok$q),
        .clock(rx_len_ok$clock)
    );
    qins_uart_link_hx8k$link$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    qins_uart_link_hx8k$link$crc crc(
        .clock(crc$clock),
        .data(crc$data),
        .take(crc$take),
        .restart(crc$restart),
        .value(crc$value),
        .zero(crc$zero)
    );
    qins_uart_link_hx8k$link$line line(
        .clock(line$clock),
        .byte_valid(line$byte_valid),
        .restart(line$restart),
        .timeout(line$timeout),
        .bytes_received(line$bytes_received)
    );
    qins_uart_link_hx8k$link$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    qins_uart_link_hx8k$link$op_write op_write(
        .d(op_write$d),
        .q(op_write$q),
        .clock(op_write$clock)
    );
    qins_uart_link_hx8k$link$op_read op_read(
        .d(op_read$d),
        .q(op_read$q),
        .clock(op_read$clock)
    );
    qins_uart_link_hx8k$link$op_burst op_burst(
        .d(op_burst$d),
        .q(op_burst$q),
        .clock(op_burst$clock)
    );
    qins_uart_link_hx8k$link$op_status op_status(
        .d(op_status$d),
        .q(op_status$q),
        .clock(op_status$clock)
    );
    qins_uart_link_hx8k$link$tag tag(
        .d(tag$d),
        .q(tag$q),
        .clock(tag$clock)
    );
    qins_uart_link_hx8k$link$address address(
        .d(address$d),
        .q(address$q),
        .clock(address$clock)
    );
    qins_uart_link_hx8k$link$words words(
        .d(words$d),
        .q(words$q),
        .clock(words$clock)
    );
    qins_uart_link_hx8k$link$index index(
        .d(index$d),
        .q(index$q),
        .clock(index$clock)
    );
    qins_uart_link_hx8k$link$widx widx(
        .d(widx$d),
        .q(widx$q),
        .clock(widx$clock)
    );
    qins_uart_link_hx8k$link$widx_last widx_last(
        .d(widx_last$d),
        .q(widx_last$q),
        .clock(widx_last$clock)
    );
    qins_uart_link_hx8k$link$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    qins_uart_link_hx8k$link$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    qins_uart_link_hx8k$link$errors errors(
        .d(errors$d),
        .q(errors$q),
        .clock(errors$clock)
    );
    qins_uart_link_hx8k$link$rsp_sel rsp_sel(
        .d(rsp_sel$d),
        .q(rsp_sel$q),
        .clock(rsp_sel$clock)
    );
    qins_uart_link_hx8k$link$rsp_status rsp_status(
        .d(rsp_status$d),
        .q(rsp_status$q),
        .clock(rsp_status$clock)
    );
    qins_uart_link_hx8k$link$rsp_data rsp_data(
        .d(rsp_data$d),
        .q(rsp_data$q),
        .clock(rsp_data$clock)
    );
    qins_uart_link_hx8k$link$tx_byte tx_byte(
        .d(tx_byte$d),
        .q(tx_byte$q),
        .clock(tx_byte$clock)
    );
    qins_uart_link_hx8k$link$tx_go tx_go(
        .d(tx_go$d),
        .q(tx_go$q),
        .clock(tx_go$clock)
    );
    qins_uart_link_hx8k$link$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    qins_uart_link_hx8k$link$last_tag last_tag(
        .d(last_tag$d),
        .q(last_tag$q),
        .clock(last_tag$clock)
    );
    qins_uart_link_hx8k$link$last_status last_status(
        .d(last_status$d),
        .q(last_status$q),
        .clock(last_status$clock)
    );
    qins_uart_link_hx8k$link$last_data last_data(
        .d(last_data$d),
        .q(last_data$q),
        .clock(last_data$clock)
    );
    qins_uart_link_hx8k$link$resend resend(
        .d(resend$d),
        .q(resend$q),
        .clock(resend$clock)
    );
    qins_uart_link_hx8k$link$strobe_write strobe_write(
        .d(strobe_write$d),
        .q(strobe_write$q),
        .clock(strobe_write$clock)
    );
    qins_uart_link_hx8k$link$strobe_read strobe_read(
        .d(strobe_read$d),
        .q(strobe_read$q),
        .clock(strobe_read$clock)
    );
    qins_uart_link_hx8k$link$bus_addr bus_addr(
        .d(bus_addr$d),
        .q(bus_addr$q),
        .clock(bus_addr$clock)
    );
    qins_uart_link_hx8k$link$ans_ready ans_ready(
        .d(ans_ready$d),
        .q(ans_ready$q),
        .clock(ans_ready$clock)
    );
    qins_uart_link_hx8k$link$ans_error ans_error(
        .d(ans_error$d),
        .q(ans_error$q),
        .clock(ans_error$clock)
    );
    qins_uart_link_hx8k$link$ans_data ans_data(
        .d(ans_data$d),
        .q(ans_data$q),
        .clock(ans_data$clock)
    );
    
    // Update code
    always @(*) begin
        rx_q$clock = clock;
        rx_v$clock = clock;
        rx_sync$clock = clock;
        rx_write$clock = clock;
        rx_read$clock = clock;
        rx_burst$clock = clock;
        rx_status$clock = clock;
        rx_len_ok$clock = clock;
        state$clock = clock;
        op$clock = clock;
        op_write$clock = clock;
        op_read$clock = clock;
        op_burst$clock = clock;
        op_status$clock = clock;
        tag$clock = clock;
        address$clock = clock;
        words$clock = clock;
        index$clock = clock;
        widx$clock = clock;
        widx_last$clock = clock;
        word$clock = clock;
        pending$clock = clock;
        errors$clock = clock;
        rsp_sel$clock = clock;
        rsp_status$clock = clock;
        rsp_data$clock = clock;
        tx_byte$clock = clock;
        tx_go$clock = clock;
        last_valid$clock = clock;
        last_tag$clock = clock;
        last_status$clock = clock;
        last_data$clock = clock;
        resend$clock = clock;
        strobe_write$clock = clock;
        strobe_read$clock = clock;
        bus_addr$clock = clock;
        ans_ready$clock = clock;
        ans_error$clock = clock;
        ans_data$clock = clock;
        rx_q$d = rx_q$q;
        rx_v$d = rx_v$q;
        rx_sync$d = rx_sync$q;
        rx_write$d = rx_write$q;
        rx_read$d = rx_read$q;
        rx_burst$d = rx_burst$q;
        rx_status$d = rx_status$q;
        rx_len_ok$d = rx_len_ok$q;
        state$d = state$q;
        op$d = op$q;
        op_write$d = op_write$q;
        op_read$d = op_read$q;
        op_burst$d = op_burst$q;
        op_status$d = op_status$q;
        tag$d = tag$q;
        address$d = address$q;
        words$d = words$q;
        index$d = index$q;
        widx$d = widx$q;
        widx_last$d = widx_last$q;
        word$d = word$q;
        pending$d = pending$q;
        errors$d = errors$q;
        rsp_sel$d = rsp_sel$q;
        rsp_status$d = rsp_status$q;
        rsp_data$d = rsp_data$q;
        tx_byte$d = tx_byte$q;
        tx_go$d = tx_go$q;
        last_valid$d = last_valid$q;
        last_tag$d = last_tag$q;
        last_status$d = last_status$q;
        last_data$d = last_data$q;
        resend$d = resend$q;
        strobe_write$d = strobe_write$q;
        strobe_read$d = strobe_read$q;
        bus_addr$d = bus_addr$q;
        ans_ready$d = ans_ready$q;
        ans_error$d = ans_error$q;
        ans_data$d = ans_data$q;
        buffer$read_clock = clock;
        buffer$write_clock = clock;
        crc$clock = clock;
        line$clock = clock;
        line$byte_valid = rx_v$q;
        line$restart = 1'b0;
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
        new_word = (((rx_q$q) & 32'hffffffff) << 32'h18) | (word$q >> 32'h8);
        tx_byte$d = k_rsp_sync;
        if (index$q == 32'h1) begin
            tx_byte$d = rsp_status$q;
        end
        if (index$q == 32'h2) begin
            tx_byte$d = op$q;
        end
        if (index$q == 32'h3) begin
            tx_byte$d = tag$q;
        end
        if (index$q == 32'h4) begin
            tx_byte$d = rsp_data$q[(32'h0)+:(8)];
        end
        if (index$q == 32'h5) begin
            tx_byte$d = rsp_data$q[(32'h8)+:(8)];
        end
        if (index$q == 32'h6) begin
            tx_byte$d = rsp_data$q[(32'h10)+:(8)];
        end
        if (index$q == 32'h7) begin
            tx_byte$d = rsp_data$q[(32'h18)+:(8)];
        end
        if (index$q == 32'h8) begin
            tx_byte$d = crc$value[(32'h8)+:(8)];
        end
        if (index$q == 32'h9) begin
            tx_byte$d = crc$value[(32'h0)+:(8)];
        end
        crc$take = 1'b0;
        crc$restart = 1'b0;
        crc$data = rx_q$q;
        widx_last$d = (widx$q + 32'h1) == words$q;
        resend$d = last_valid$q & (last_tag$q == tag$q);
        bus_addr$d = address$q + ((widx$q) & 24'hffffff);
        strobe_write$d = 1'b0;
        strobe_read$d = 1'b0;
        buffer$read_address = widx$q[(32'h0)+:(6)];
        buffer$write_address = widx$q[(32'h0)+:(6)];
        buffer$write_data = new_word;
        buffer$write_enable = 1'b0;
        bus_address = bus_addr$q;
        bus_write_data = buffer$read_data;
        bus_write = strobe_write$q;
        bus_read = strobe_read$q;
        tx_data = tx_byte$q;
        tx_start = tx_go$q;
        tx_go$d = 1'b0;
        active = |state$q;
        error = rsp_status$q != k_st_ok;
        in_hunt = ~|state$q;
        in_op = |(state$q & k_op);
        in_tag = |(state$q & k_tag);
        in_address = |(state$q & k_address);
        in_count = |(state$q & k_count);
        in_payload = |(state$q & k_payload);
        in_crc = |(state$q & k_crc);
        in_crc_calc = |(state$q & k_crc_calc);
        in_crc_check = |(state$q & k_crc_check);
        in_decide = |(state$q & k_decide);
        in_drain = |(state$q & k_drain);
        in_exec_load = |(state$q & k_exec_load);
        in_exec_strobe = |(state$q & k_exec_strobe);
        in_exec_wait = |(state$q & k_exec_wait);
        in_exec_wait_2 = |(state$q & k_exec_wait_2);
        in_exec_answer = |(state$q & k_exec_answer);
        in_exec_check = |(state$q & k_exec_check);
        in_send = |(state$q & k_send);
        in_send_wait = |(state$q & k_send_wait);
        in_respond = |(state$q & k_respond);
        in_status = |(state$q & k_status);
        if (in_hunt) begin
            if (rx_v$q) begin
                op$d = 32'h0;
                tag$d = 32'h0;
                crc$restart = 1'b1;
                if (rx_sync$q) begin
                    state$d = k_op;
                end
                else begin
                    pending$d = k_st_garbage;
                    state$d = k_drain;
                end
            end
        end
        if (in_op) begin
            if (rx_v$q) begin
                crc$take = 1'b1;
                op$d = rx_q$q;
                op_write$d = rx_write$q;
                op_read$d = rx_read$q;
                op_burst$d = rx_burst$q;
                op_status$d = rx_status$q;
                if (rx_write$q | rx_read$q | rx_burst$q | rx_status$q) begin
                    state$d = k_tag;
                end
                else begin
                    pending$d = k_st_bad_opcode;
                    state$d = k_drain;
                end
            end
            else if (line$timeout) begin
                rsp_sel$d = k_rsp_timeout;
                state$d = k_respond;
            end
        end
        if (in_tag) begin
            if (rx_v$q) begin
                crc$take = 1'b1;
                tag$d = rx_q$q;
                index$d = 32'h0;
                state$d = k_address;
            end
            else if (line$timeout) begin
                rsp_sel$d = k_rsp_timeout;
                state$d = k_respond;
            end
        end
        if (in_address) begin
            if (rx_v$q) begin
                crc$take = 1'b1;
                address$d = (((rx_q$q) & 24'hffffff) << 32'h10) | (address$q >> 32'h8);
                index$d = index$q + 32'h1;
                if (index$q == 32'h2) begin
                    state$d = k_count;
                end
            end
            else if (line$timeout) begin
                rsp_sel$d = k_rsp_timeout;
                state$d = k_respond;
            end
        end
        if (in_count) begin
            if (rx_v$q) begin
                crc$take = 1'b1;
                words$d = nwords;
                index$d = 32'h0;
                widx$d = 32'h0;
                if (~rx_len_ok$q) begin
                    pending$d = k_st_bad_length;
                    state$d = k_drain;
                end
                else if (op_write$q | op_burst$q) begin
                    state$d = k_payload;
                end
                else begin
                    state$d = k_crc;
                end
            end
            else if (line$timeout) begin
                rsp_sel$d = k_rsp_timeout;
                state$d = k_respond;
            end
        end
        if (in_payload) begin
            if (rx_v$q) begin
                crc$take = 1'b1;
                word$d = new_word;
                index$d = index$q + 32'h1;
                if (index$q[(32'h0)+:(2)] == 32'h3) begin
                    buffer$write_enable = 1'b1;
                    widx$d = widx$q + 32'h1;
                    if (widx_last$q) begin
                        index$d = 32'h0;
                        state$d = k_crc;
                    end
                end
            end
            else if (line$timeout) begin
                rsp_sel$d = k_rsp_timeout;
                state$d = k_respond;
            end
        end
        if (in_crc) begin
            if (rx_v$q) begin
                crc$take = 1'b1;
                index$d = index$q + 32'h1;
                if (index$q == 32'h1) begin
                    widx$d = 32'h0;
                    state$d = k_crc_calc;
                end
            end
            else if (line$timeout) begin
                rsp_sel$d = k_rsp_timeout;
                state$d = k_respond;
            end
        end
        if (in_crc_calc) begin
            state$d = k_crc_check;
        end
        if (in_crc_check) begin
            state$d = k_decide;
        end
        if (in_decide) begin
            if (~crc$zero) begin
                pending$d = k_st_bad_crc;
                state$d = k_drain;
            end
            else if (op_status$q) begin
                last_valid$d = 1'b0;
                rsp_sel$d = k_rsp_status;
                state$d = k_respond;
            end
            else if (op_read$q) begin
                state$d = k_exec_load;
            end
            else if (resend$q) begin
                rsp_sel$d = k_rsp_resend;
                state$d = k_respond;
            end
            else begin
                state$d = k_exec_load;
            end
        end
        if (in_drain) begin
            if (line$timeout) begin
                rsp_sel$d = k_rsp_pending;
                state$d = k_respond;
            end
        end
        if (in_exec_load) begin
            state$d = k_exec_strobe;
        end
        if (in_exec_strobe) begin
            strobe_read$d = op_read$q;
            strobe_write$d = ~op_read$q;
            state$d = k_exec_wait;
        end
        if (in_exec_wait) begin
            state$d = k_exec_wait_2;
        end
        if (in_exec_wait_2) begin
            state$d = k_exec_answer;
        end
        if (in_exec_answer) begin
            ans_ready$d = bus_ready;
            ans_error$d = bus_error;
            ans_data$d = bus_read_data;
            state$d = k_exec_check;
        end
        if (in_exec_check) begin
            if (~ans_ready$q) begin
                rsp_sel$d = k_rsp_no_answer;
                state$d = k_respond;
            end
            else if (ans_error$q) begin
                rsp_sel$d = k_rsp_bus_error;
                state$d = k_respond;
                if (~op_read$q) begin
                    last_valid$d = 1'b1;
                    last_tag$d = tag$q;
                    last_status$d = k_st_bus_error;
                    last_data$d = ((widx$q) & 32'hffffffff);
                end
            end
            else if (op_read$q) begin
                rsp_sel$d = k_rsp_read;
                state$d = k_respond;
            end
            else if (widx_last$q) begin
                rsp_sel$d = k_rsp_written;
                state$d = k_respond;
                last_valid$d = 1'b1;
                last_tag$d = tag$q;
                last_status$d = k_st_ok;
                last_data$d = ((words$q) & 32'hffffffff);
            end
            else begin
                widx$d = widx$q + 32'h1;
                state$d = k_exec_load;
            end
        end
        if (in_respond) begin
            rsp_status$d = k_st_ok;
            rsp_data$d = ((words$q) & 32'hffffffff);
            if (rsp_sel$q == k_rsp_timeout) begin
                rsp_status$d = k_st_timeout;
                rsp_data$d = ((line$bytes_received) & 32'hffffffff);
            end
            if (rsp_sel$q == k_rsp_pending) begin
                rsp_status$d = pending$q;
                rsp_data$d = ((line$bytes_received) & 32'hffffffff);
            end
            if (rsp_sel$q == k_rsp_status) begin
                rsp_data$d = k_status_base | (((errors$q) & 32'hffffffff) << 32'h10);
            end
            if (rsp_sel$q == k_rsp_resend) begin
                rsp_status$d = last_status$q;
                rsp_data$d = last_data$q;
            end
            if (rsp_sel$q == k_rsp_no_answer) begin
                rsp_status$d = k_st_no_answer;
                rsp_data$d = ((widx$q) & 32'hffffffff);
            end
            if (rsp_sel$q == k_rsp_bus_error) begin
                rsp_status$d = k_st_bus_error;
                rsp_data$d = ((widx$q) & 32'hffffffff);
            end
            if (rsp_sel$q == k_rsp_read) begin
                rsp_data$d = ans_data$q;
            end
            state$d = k_status;
        end
        if (in_status) begin
            line$restart = 1'b1;
            index$d = 32'h0;
            crc$restart = 1'b1;
            if ((rsp_status$q != k_st_ok) & (errors$q != 32'hff)) begin
                errors$d = errors$q + 32'h1;
            end
            state$d = k_send_wait;
        end
        if (in_send) begin
            if ((index$q >= 32'h1) & (index$q <= 32'h7)) begin
                crc$take = 1'b1;
            end
            crc$data = tx_byte$q;
            index$d = index$q + 32'h1;
            state$d = k_send_wait;
        end
        if (in_send_wait) begin
            if (~tx_busy) begin
                if (index$q == 32'ha) begin
                    state$d = k_hunt;
                end
                else begin
                    tx_go$d = 1'b1;
                    state$d = k_send;
                end
            end
        end
    end
    
endmodule // qins_uart_link_hx8k$link


module qins_uart_link_hx8k$link$address(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$address


module qins_uart_link_hx8k$link$ans_data(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$ans_data


module qins_uart_link_hx8k$link$ans_error(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$ans_error


module qins_uart_link_hx8k$link$ans_ready(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$ans_ready


module qins_uart_link_hx8k$link$buffer(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // qins_uart_link_hx8k$link$buffer


module qins_uart_link_hx8k$link$bus_addr(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$bus_addr


module qins_uart_link_hx8k$link$crc(clock,data,take,restart,value,zero);
    
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
    qins_uart_link_hx8k$link$crc$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    qins_uart_link_hx8k$link$crc$crc_byte crc_byte(
        .d(crc_byte$d),
        .q(crc_byte$q),
        .clock(crc_byte$clock)
    );
    qins_uart_link_hx8k$link$crc$crc_en crc_en(
        .d(crc_en$d),
        .q(crc_en$q),
        .clock(crc_en$clock)
    );
    qins_uart_link_hx8k$link$crc$crc_ok crc_ok(
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
    
endmodule // qins_uart_link_hx8k$link$crc


module qins_uart_link_hx8k$link$crc$crc(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$crc$crc


module qins_uart_link_hx8k$link$crc$crc_byte(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$crc$crc_byte


module qins_uart_link_hx8k$link$crc$crc_en(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$crc$crc_en


module qins_uart_link_hx8k$link$crc$crc_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$crc$crc_ok


module qins_uart_link_hx8k$link$errors(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$errors


module qins_uart_link_hx8k$link$index(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$index


module qins_uart_link_hx8k$link$last_data(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$last_data


module qins_uart_link_hx8k$link$last_status(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$last_status


module qins_uart_link_hx8k$link$last_tag(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$last_tag


module qins_uart_link_hx8k$link$last_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$last_valid


module qins_uart_link_hx8k$link$line(clock,byte_valid,restart,timeout,bytes_received);
    
    // Module arguments
    input wire  clock;
    input wire  byte_valid;
    input wire  restart;
    output reg  timeout;
    output reg  [15:0] bytes_received;
    
    // Constant declarations
    localparam  k_timeout = 24'h6d000;
    
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
    qins_uart_link_hx8k$link$line$idle idle(
        .d(idle$d),
        .q(idle$q),
        .clock(idle$clock)
    );
    qins_uart_link_hx8k$link$line$idle_done idle_done(
        .d(idle_done$d),
        .q(idle_done$q),
        .clock(idle_done$clock)
    );
    qins_uart_link_hx8k$link$line$received received(
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
    
endmodule // qins_uart_link_hx8k$link$line


module qins_uart_link_hx8k$link$line$idle(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$line$idle


module qins_uart_link_hx8k$link$line$idle_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$line$idle_done


module qins_uart_link_hx8k$link$line$received(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$line$received


module qins_uart_link_hx8k$link$op(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$op


module qins_uart_link_hx8k$link$op_burst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$op_burst


module qins_uart_link_hx8k$link$op_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$op_read


module qins_uart_link_hx8k$link$op_status(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$op_status


module qins_uart_link_hx8k$link$op_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$op_write


module qins_uart_link_hx8k$link$pending(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$pending


module qins_uart_link_hx8k$link$resend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$resend


module qins_uart_link_hx8k$link$rsp_data(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$rsp_data


module qins_uart_link_hx8k$link$rsp_sel(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$rsp_sel


module qins_uart_link_hx8k$link$rsp_status(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$rsp_status


module qins_uart_link_hx8k$link$rx_burst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$rx_burst


module qins_uart_link_hx8k$link$rx_len_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$rx_len_ok


module qins_uart_link_hx8k$link$rx_q(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$rx_q


module qins_uart_link_hx8k$link$rx_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$rx_read


module qins_uart_link_hx8k$link$rx_status(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$rx_status


module qins_uart_link_hx8k$link$rx_sync(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$rx_sync


module qins_uart_link_hx8k$link$rx_v(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$rx_v


module qins_uart_link_hx8k$link$rx_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$rx_write


module qins_uart_link_hx8k$link$state(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$state


module qins_uart_link_hx8k$link$strobe_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$strobe_read


module qins_uart_link_hx8k$link$strobe_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$strobe_write


module qins_uart_link_hx8k$link$tag(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$tag


module qins_uart_link_hx8k$link$tx_byte(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$tx_byte


module qins_uart_link_hx8k$link$tx_go(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$tx_go


module qins_uart_link_hx8k$link$widx(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$widx


module qins_uart_link_hx8k$link$widx_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$widx_last


module qins_uart_link_hx8k$link$word(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$word


module qins_uart_link_hx8k$link$words(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$words


module qins_uart_link_hx8k$receiver(clock,serial_in,data,valid,frame_error);
    
    // Module arguments
    input wire  clock;
    input wire  serial_in;
    output reg  [7:0] data;
    output reg  valid;
    output reg  frame_error;
    
    // Constant declarations
    localparam  k_half = 16'hd9;
    localparam  k_full = 16'h1b3;
    
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
    qins_uart_link_hx8k$receiver$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    qins_uart_link_hx8k$receiver$sync2 sync2(
        .d(sync2$d),
        .q(sync2$q),
        .clock(sync2$clock)
    );
    qins_uart_link_hx8k$receiver$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    qins_uart_link_hx8k$receiver$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    qins_uart_link_hx8k$receiver$nbits nbits(
        .d(nbits$d),
        .q(nbits$q),
        .clock(nbits$clock)
    );
    qins_uart_link_hx8k$receiver$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    qins_uart_link_hx8k$receiver$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    qins_uart_link_hx8k$receiver$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    qins_uart_link_hx8k$receiver$out_error out_error(
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
    
endmodule // qins_uart_link_hx8k$receiver


module qins_uart_link_hx8k$receiver$nbits(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$receiver$nbits


module qins_uart_link_hx8k$receiver$out_data(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$receiver$out_data


module qins_uart_link_hx8k$receiver$out_error(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$receiver$out_error


module qins_uart_link_hx8k$receiver$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$receiver$out_valid


module qins_uart_link_hx8k$receiver$shift(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$receiver$shift


module qins_uart_link_hx8k$receiver$state(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$receiver$state


module qins_uart_link_hx8k$receiver$sync1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$receiver$sync1


module qins_uart_link_hx8k$receiver$sync2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$receiver$sync2


module qins_uart_link_hx8k$receiver$timer(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$receiver$timer


module qins_uart_link_hx8k$transmitter(clock,data,start,busy,serial_out);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] data;
    input wire  start;
    output reg  busy;
    output reg  serial_out;
    
    // Constant declarations
    localparam  k_full = 16'h1b3;
    
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
    qins_uart_link_hx8k$transmitter$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    qins_uart_link_hx8k$transmitter$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    qins_uart_link_hx8k$transmitter$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    qins_uart_link_hx8k$transmitter$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    qins_uart_link_hx8k$transmitter$line_n line_n(
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
    
endmodule // qins_uart_link_hx8k$transmitter


module qins_uart_link_hx8k$transmitter$active(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$transmitter$active


module qins_uart_link_hx8k$transmitter$left(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$transmitter$left


module qins_uart_link_hx8k$transmitter$line_n(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$transmitter$line_n


module qins_uart_link_hx8k$transmitter$shift(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$transmitter$shift


module qins_uart_link_hx8k$transmitter$timer(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$transmitter$timer
