

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
    localparam  k_req_sync = 8'ha5;
    localparam  k_rsp_sync = 8'h5a;
    localparam  k_op_write = 8'h1;
    localparam  k_op_read = 8'h2;
    localparam  k_op_burst = 8'h3;
    localparam  k_op_status = 8'h4;
    localparam  k_max_burst = 8'h40;
    localparam  k_crc_init = 16'hffff;
    localparam  k_crc_poly = 16'h1021;
    localparam  k_st_ok = 8'h0;
    localparam  k_st_bad_crc = 8'h1;
    localparam  k_st_bad_opcode = 8'h2;
    localparam  k_st_bad_length = 8'h3;
    localparam  k_st_bus_error = 8'h4;
    localparam  k_st_timeout = 8'h5;
    localparam  k_st_garbage = 8'h6;
    localparam  k_st_no_answer = 8'h7;
    localparam  k_status_base = 32'h4001;
    localparam  k_timeout = 24'h6d000;
    
    // Enums
    localparam LinkState$Hunt = 0;
    localparam LinkState$Op = 1;
    localparam LinkState$Tag = 2;
    localparam LinkState$Address = 3;
    localparam LinkState$Count = 4;
    localparam LinkState$Payload = 5;
    localparam LinkState$Crc = 6;
    localparam LinkState$Drain = 7;
    localparam LinkState$ExecRead = 8;
    localparam LinkState$ExecStrobe = 9;
    localparam LinkState$ExecWait = 10;
    localparam LinkState$ExecCheck = 11;
    localparam LinkState$Send = 12;
    localparam LinkState$SendWait = 13;
    
    // Stub signals
    reg  [5:0] buffer$read_address;
    reg  buffer$read_clock;
    wire  [31:0] buffer$read_data;
    reg  [5:0] buffer$write_address;
    reg  buffer$write_clock;
    reg  [31:0] buffer$write_data;
    reg  buffer$write_enable;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [15:0] crc$d;
    wire  [15:0] crc$q;
    reg  crc$clock;
    reg  [7:0] op$d;
    wire  [7:0] op$q;
    reg  op$clock;
    reg  [7:0] tag$d;
    wire  [7:0] tag$q;
    reg  tag$clock;
    reg  [23:0] address$d;
    wire  [23:0] address$q;
    reg  address$clock;
    reg  [7:0] words$d;
    wire  [7:0] words$q;
    reg  words$clock;
    reg  [7:0] index$d;
    wire  [7:0] index$q;
    reg  index$clock;
    reg  [7:0] widx$d;
    wire  [7:0] widx$q;
    reg  widx$clock;
    reg  [31:0] word$d;
    wire  [31:0] word$q;
    reg  word$clock;
    reg  [7:0] pending$d;
    wire  [7:0] pending$q;
    reg  pending$clock;
    reg  [15:0] received$d;
    wire  [15:0] received$q;
    reg  received$clock;
    reg  [7:0] errors$d;
    wire  [7:0] errors$q;
    reg  errors$clock;
    reg  [23:0] idle$d;
    wire  [23:0] idle$q;
    reg  idle$clock;
    reg  [7:0] rsp_status$d;
    wire  [7:0] rsp_status$q;
    reg  rsp_status$clock;
    reg  [31:0] rsp_data$d;
    wire  [31:0] rsp_data$q;
    reg  rsp_data$clock;
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
    
    // Local signals
    reg  timeout;
    reg  is_write;
    reg  is_read;
    reg  is_burst;
    reg  is_status;
    reg  op_ok;
    reg  len_ok;
    reg  [7:0] nwords;
    reg  [31:0] new_word;
    reg  [7:0] tx_byte;
    reg  [7:0] crc_in;
    reg  [15:0] crc_step$0;
    reg  [15:0] crc_step$1;
    reg  [15:0] crc_step$2;
    reg  [15:0] crc_step$3;
    reg  [15:0] crc_step$4;
    reg  [15:0] crc_step$5;
    reg  [15:0] crc_step$6;
    reg  [15:0] crc_step$7;
    reg  [15:0] crc_step$8;
    reg  go_send;
    reg  [7:0] send_status;
    reg  [31:0] send_data;
    
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
    qins_uart_link_hx8k$link$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    qins_uart_link_hx8k$link$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    qins_uart_link_hx8k$link$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
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
    qins_uart_link_hx8k$link$received received(
        .d(received$d),
        .q(received$q),
        .clock(received$clock)
    );
    qins_uart_link_hx8k$link$errors errors(
        .d(errors$d),
        .q(errors$q),
        .clock(errors$clock)
    );
    qins_uart_link_hx8k$link$idle idle(
        .d(idle$d),
        .q(idle$q),
        .clock(idle$clock)
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
    
    // Update code
    always @(*) begin
        state$clock = clock;
        crc$clock = clock;
        op$clock = clock;
        tag$clock = clock;
        address$clock = clock;
        words$clock = clock;
        index$clock = clock;
        widx$clock = clock;
        word$clock = clock;
        pending$clock = clock;
        received$clock = clock;
        errors$clock = clock;
        idle$clock = clock;
        rsp_status$clock = clock;
        rsp_data$clock = clock;
        last_valid$clock = clock;
        last_tag$clock = clock;
        last_status$clock = clock;
        last_data$clock = clock;
        state$d = state$q;
        crc$d = crc$q;
        op$d = op$q;
        tag$d = tag$q;
        address$d = address$q;
        words$d = words$q;
        index$d = index$q;
        widx$d = widx$q;
        word$d = word$q;
        pending$d = pending$q;
        received$d = received$q;
        errors$d = errors$q;
        idle$d = idle$q;
        rsp_status$d = rsp_status$q;
        rsp_data$d = rsp_data$q;
        last_valid$d = last_valid$q;
        last_tag$d = last_tag$q;
        last_status$d = last_status$q;
        last_data$d = last_data$q;
        buffer$read_clock = clock;
        buffer$write_clock = clock;
        if (rx_valid) begin
            idle$d = 32'h0;
            if (received$q != 32'hffff) begin
                received$d = received$q + 32'h1;
            end
        end
        else if (idle$q != k_timeout) begin
            idle$d = idle$q + 32'h1;
        end
        timeout = (idle$q == k_timeout) & ~rx_valid;
        op_ok = (rx_data == k_op_write) | (rx_data == k_op_read) | (rx_data == k_op_burst) | (rx_data == k_op_status);
        is_write = op$q == k_op_write;
        is_read = op$q == k_op_read;
        is_burst = op$q == k_op_burst;
        is_status = op$q == k_op_status;
        len_ok = ((is_write | is_read) & (rx_data == 32'h1)) | (is_status & (rx_data == 32'h0)) | (is_burst & (rx_data != 32'h0) & (rx_data <= k_max_burst));
        nwords = 32'h0;
        if (is_write) begin
            nwords = 32'h1;
        end
        if (is_burst) begin
            nwords = rx_data;
        end
        new_word = (((rx_data) & 32'hffffffff) << 32'h18) | (word$q >> 32'h8);
        tx_byte = k_rsp_sync;
        if (index$q == 32'h1) begin
            tx_byte = rsp_status$q;
        end
        if (index$q == 32'h2) begin
            tx_byte = op$q;
        end
        if (index$q == 32'h3) begin
            tx_byte = tag$q;
        end
        if (index$q == 32'h4) begin
            tx_byte = rsp_data$q[(32'h0)+:(8)];
        end
        if (index$q == 32'h5) begin
            tx_byte = rsp_data$q[(32'h8)+:(8)];
        end
        if (index$q == 32'h6) begin
            tx_byte = rsp_data$q[(32'h10)+:(8)];
        end
        if (index$q == 32'h7) begin
            tx_byte = rsp_data$q[(32'h18)+:(8)];
        end
        if (index$q == 32'h8) begin
            tx_byte = crc$q[(32'h8)+:(8)];
        end
        if (index$q == 32'h9) begin
            tx_byte = crc$q[(32'h0)+:(8)];
        end
        crc_in = rx_data;
        if ((state$q == LinkState$Send) | (state$q == LinkState$SendWait)) begin
            crc_in = tx_byte;
        end
        crc_step$0 = crc$q ^ (((crc_in) & 16'hffff) << 32'h8);
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
        buffer$read_address = widx$q[(32'h0)+:(6)];
        buffer$write_address = widx$q[(32'h0)+:(6)];
        buffer$write_data = new_word;
        buffer$write_enable = 1'b0;
        bus_address = address$q + ((widx$q) & 24'hffffff);
        bus_write_data = buffer$read_data;
        bus_write = 1'b0;
        bus_read = 1'b0;
        tx_data = tx_byte;
        tx_start = 1'b0;
        active = state$q != LinkState$Hunt;
        error = rsp_status$q != k_st_ok;
        go_send = 1'b0;
        send_status = k_st_ok;
        send_data = 32'h0;
        case (state$q)
            LinkState$Hunt:
                begin
                    if (rx_valid) begin
                        op$d = 32'h0;
                        tag$d = 32'h0;
                        crc$d = k_crc_init;
                        if (rx_data == k_req_sync) begin
                            state$d = LinkState$Op;
                        end
                        else begin
                            pending$d = k_st_garbage;
                            state$d = LinkState$Drain;
                        end
                    end
                end
            LinkState$Op:
                begin
                    if (rx_valid) begin
                        crc$d = crc_step$8;
                        op$d = rx_data;
                        if (op_ok) begin
                            state$d = LinkState$Tag;
                        end
                        else begin
                            pending$d = k_st_bad_opcode;
                            state$d = LinkState$Drain;
                        end
                    end
                    else if (timeout) begin
                        go_send = 1'b1;
                        send_status = k_st_timeout;
                        send_data = ((received$q) & 32'hffffffff);
                    end
                end
            LinkState$Tag:
                begin
                    if (rx_valid) begin
                        crc$d = crc_step$8;
                        tag$d = rx_data;
                        index$d = 32'h0;
                        state$d = LinkState$Address;
                    end
                    else if (timeout) begin
                        go_send = 1'b1;
                        send_status = k_st_timeout;
                        send_data = ((received$q) & 32'hffffffff);
                    end
                end
            LinkState$Address:
                begin
                    if (rx_valid) begin
                        crc$d = crc_step$8;
                        address$d = (((rx_data) & 24'hffffff) << 32'h10) | (address$q >> 32'h8);
                        index$d = index$q + 32'h1;
                        if (index$q == 32'h2) begin
                            state$d = LinkState$Count;
                        end
                    end
                    else if (timeout) begin
                        go_send = 1'b1;
                        send_status = k_st_timeout;
                        send_data = ((received$q) & 32'hffffffff);
                    end
                end
            LinkState$Count:
                begin
                    if (rx_valid) begin
                        crc$d = crc_step$8;
                        words$d = nwords;
                        index$d = 32'h0;
                        widx$d = 32'h0;
                        if (~len_ok) begin
                            pending$d = k_st_bad_length;
                            state$d = LinkState$Drain;
                        end
                        else if (nwords != 32'h0) begin
                            state$d = LinkState$Payload;
                        end
                        else begin
                            state$d = LinkState$Crc;
                        end
                    end
                    else if (timeout) begin
                        go_send = 1'b1;
                        send_status = k_st_timeout;
                        send_data = ((received$q) & 32'hffffffff);
                    end
                end
            LinkState$Payload:
                begin
                    if (rx_valid) begin
                        crc$d = crc_step$8;
                        word$d = new_word;
                        index$d = index$q + 32'h1;
                        if (index$q[(32'h0)+:(2)] == 32'h3) begin
                            buffer$write_enable = 1'b1;
                            widx$d = widx$q + 32'h1;
                            if (widx$q + 32'h1 == words$q) begin
                                index$d = 32'h0;
                                state$d = LinkState$Crc;
                            end
                        end
                    end
                    else if (timeout) begin
                        go_send = 1'b1;
                        send_status = k_st_timeout;
                        send_data = ((received$q) & 32'hffffffff);
                    end
                end
            LinkState$Crc:
                begin
                    if (rx_valid) begin
                        crc$d = crc_step$8;
                        index$d = index$q + 32'h1;
                        if (index$q == 32'h1) begin
                            widx$d = 32'h0;
                            if (crc_step$8 != 32'h0) begin
                                pending$d = k_st_bad_crc;
                                state$d = LinkState$Drain;
                            end
                            else if (is_status) begin
                                last_valid$d = 1'b0;
                                go_send = 1'b1;
                                send_data = k_status_base | (((errors$q) & 32'hffffffff) << 32'h10);
                            end
                            else if (is_read) begin
                                state$d = LinkState$ExecStrobe;
                            end
                            else if (last_valid$q & (last_tag$q == tag$q)) begin
                                go_send = 1'b1;
                                send_status = last_status$q;
                                send_data = last_data$q;
                            end
                            else begin
                                state$d = LinkState$ExecRead;
                            end
                        end
                    end
                    else if (timeout) begin
                        go_send = 1'b1;
                        send_status = k_st_timeout;
                        send_data = ((received$q) & 32'hffffffff);
                    end
                end
            LinkState$Drain:
                begin
                    if (timeout) begin
                        go_send = 1'b1;
                        send_status = pending$q;
                        send_data = ((received$q) & 32'hffffffff);
                    end
                end
            LinkState$ExecRead:
                begin
                    state$d = LinkState$ExecStrobe;
                end
            LinkState$ExecStrobe:
                begin
                    bus_read = is_read;
                    bus_write = ~is_read;
                    state$d = LinkState$ExecWait;
                end
            LinkState$ExecWait:
                begin
                    state$d = LinkState$ExecCheck;
                end
            LinkState$ExecCheck:
                begin
                    if (~bus_ready) begin
                        go_send = 1'b1;
                        send_status = k_st_no_answer;
                        send_data = ((widx$q) & 32'hffffffff);
                    end
                    else if (bus_error) begin
                        go_send = 1'b1;
                        send_status = k_st_bus_error;
                        send_data = ((widx$q) & 32'hffffffff);
                        if (~is_read) begin
                            last_valid$d = 1'b1;
                            last_tag$d = tag$q;
                            last_status$d = k_st_bus_error;
                            last_data$d = ((widx$q) & 32'hffffffff);
                        end
                    end
                    else if (is_read) begin
                        go_send = 1'b1;
                        send_data = bus_read_data;
                    end
                    else if (widx$q + 32'h1 == words$q) begin
                        go_send = 1'b1;
                        send_data = ((words$q) & 32'hffffffff);
                        last_valid$d = 1'b1;
                        last_tag$d = tag$q;
                        last_status$d = k_st_ok;
                        last_data$d = ((words$q) & 32'hffffffff);
                    end
                    else begin
                        widx$d = widx$q + 32'h1;
                        state$d = LinkState$ExecRead;
                    end
                end
            LinkState$Send:
                begin
                    if (~tx_busy) begin
                        tx_start = 1'b1;
                        if ((index$q >= 32'h1) & (index$q <= 32'h7)) begin
                            crc$d = crc_step$8;
                        end
                        state$d = LinkState$SendWait;
                    end
                end
            LinkState$SendWait:
                begin
                    if (~tx_busy) begin
                        if (index$q == 32'h9) begin
                            state$d = LinkState$Hunt;
                        end
                        else begin
                            index$d = index$q + 32'h1;
                            state$d = LinkState$Send;
                        end
                    end
                end
        endcase
        if (go_send) begin
            rsp_status$d = send_status;
            rsp_data$d = send_data;
            received$d = 32'h0;
            index$d = 32'h0;
            crc$d = k_crc_init;
            state$d = LinkState$Send;
            if ((send_status != k_st_ok) & (errors$q != 32'hff)) begin
                errors$d = errors$q + 32'h1;
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


module qins_uart_link_hx8k$link$crc(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$crc


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


module qins_uart_link_hx8k$link$idle(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$idle


module qins_uart_link_hx8k$link$index(d,q,clock);
    
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


module qins_uart_link_hx8k$link$received(d,q,clock);
    
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
          
endmodule // qins_uart_link_hx8k$link$received


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


module qins_uart_link_hx8k$link$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam LinkState$Hunt = 0;
    localparam LinkState$Op = 1;
    localparam LinkState$Tag = 2;
    localparam LinkState$Address = 3;
    localparam LinkState$Count = 4;
    localparam LinkState$Payload = 5;
    localparam LinkState$Crc = 6;
    localparam LinkState$Drain = 7;
    localparam LinkState$ExecRead = 8;
    localparam LinkState$ExecStrobe = 9;
    localparam LinkState$ExecWait = 10;
    localparam LinkState$ExecCheck = 11;
    localparam LinkState$Send = 12;
    localparam LinkState$SendWait = 13;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_hx8k$link$state


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
