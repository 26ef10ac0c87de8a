

module qins_uart_link_ulx3s(clock,uart_rx,uart_tx,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,accel_busy,led_busy,led_error);
    
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
    qins_uart_link_ulx3s$receiver receiver(
        .clock(receiver$clock),
        .serial_in(receiver$serial_in),
        .data(receiver$data),
        .valid(receiver$valid),
        .frame_error(receiver$frame_error)
    );
    qins_uart_link_ulx3s$transmitter transmitter(
        .clock(transmitter$clock),
        .data(transmitter$data),
        .start(transmitter$start),
        .busy(transmitter$busy),
        .serial_out(transmitter$serial_out)
    );
    qins_uart_link_ulx3s$link link(
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
    
endmodule // qins_uart_link_ulx3s


module qins_uart_link_ulx3s$link(clock,rx_data,rx_valid,tx_data,tx_start,tx_busy,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,active,error);
    
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
    qins_uart_link_ulx3s$link$receiver receiver(
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
    qins_uart_link_ulx3s$link$line line(
        .clock(line$clock),
        .byte_valid(line$byte_valid),
        .restart(line$restart),
        .timeout(line$timeout),
        .bytes_received(line$bytes_received)
    );
    qins_uart_link_ulx3s$link$crc crc(
        .clock(crc$clock),
        .data(crc$data),
        .take(crc$take),
        .restart(crc$restart),
        .value(crc$value),
        .zero(crc$zero)
    );
    qins_uart_link_ulx3s$link$master master(
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
    qins_uart_link_ulx3s$link$sender sender(
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
    
endmodule // qins_uart_link_ulx3s$link


module qins_uart_link_ulx3s$link$crc(clock,data,take,restart,value,zero);
    
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
    qins_uart_link_ulx3s$link$crc$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    qins_uart_link_ulx3s$link$crc$crc_byte crc_byte(
        .d(crc_byte$d),
        .q(crc_byte$q),
        .clock(crc_byte$clock)
    );
    qins_uart_link_ulx3s$link$crc$crc_en crc_en(
        .d(crc_en$d),
        .q(crc_en$q),
        .clock(crc_en$clock)
    );
    qins_uart_link_ulx3s$link$crc$crc_ok crc_ok(
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
    
endmodule // qins_uart_link_ulx3s$link$crc


module qins_uart_link_ulx3s$link$crc$crc(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$crc$crc


module qins_uart_link_ulx3s$link$crc$crc_byte(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$crc$crc_byte


module qins_uart_link_ulx3s$link$crc$crc_en(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$crc$crc_en


module qins_uart_link_ulx3s$link$crc$crc_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$crc$crc_ok


module qins_uart_link_ulx3s$link$line(clock,byte_valid,restart,timeout,bytes_received);
    
    // Module arguments
    input wire  clock;
    input wire  byte_valid;
    input wire  restart;
    output reg  timeout;
    output reg  [15:0] bytes_received;
    
    // Constant declarations
    localparam  k_timeout = 24'ha2c00;
    
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
    qins_uart_link_ulx3s$link$line$idle idle(
        .d(idle$d),
        .q(idle$q),
        .clock(idle$clock)
    );
    qins_uart_link_ulx3s$link$line$idle_done idle_done(
        .d(idle_done$d),
        .q(idle_done$q),
        .clock(idle_done$clock)
    );
    qins_uart_link_ulx3s$link$line$received received(
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
    
endmodule // qins_uart_link_ulx3s$link$line


module qins_uart_link_ulx3s$link$line$idle(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$line$idle


module qins_uart_link_ulx3s$link$line$idle_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$line$idle_done


module qins_uart_link_ulx3s$link$line$received(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$line$received


module qins_uart_link_ulx3s$link$master(clock,store_word,word,rewind,forget,execute,frame_read,frame_tag,frame_address,frame_words,bus_address,bus_write_data,bus_write,bus_read,bus_read_data,bus_ready,bus_error,executing,word_index,last_word,resent,last_write_status,last_write_data,answer_data,respond,respond_with);
    
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
    qins_uart_link_ulx3s$link$master$exec_load exec_load(
        .d(exec_load$d),
        .q(exec_load$q),
        .clock(exec_load$clock)
    );
    qins_uart_link_ulx3s$link$master$exec_strobe exec_strobe(
        .d(exec_strobe$d),
        .q(exec_strobe$q),
        .clock(exec_strobe$clock)
    );
    qins_uart_link_ulx3s$link$master$exec_wait exec_wait(
        .d(exec_wait$d),
        .q(exec_wait$q),
        .clock(exec_wait$clock)
    );
    qins_uart_link_ulx3s$link$master$exec_wait_2 exec_wait_2(
        .d(exec_wait_2$d),
        .q(exec_wait_2$q),
        .clock(exec_wait_2$clock)
    );
    qins_uart_link_ulx3s$link$master$exec_answer exec_answer(
        .d(exec_answer$d),
        .q(exec_answer$q),
        .clock(exec_answer$clock)
    );
    qins_uart_link_ulx3s$link$master$exec_check exec_check(
        .d(exec_check$d),
        .q(exec_check$q),
        .clock(exec_check$clock)
    );
    qins_uart_link_ulx3s$link$master$buffer buffer(
        .read_address(buffer$read_address),
        .read_clock(buffer$read_clock),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_clock(buffer$write_clock),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    qins_uart_link_ulx3s$link$master$widx widx(
        .d(widx$d),
        .q(widx$q),
        .clock(widx$clock)
    );
    qins_uart_link_ulx3s$link$master$widx_last widx_last(
        .d(widx_last$d),
        .q(widx_last$q),
        .clock(widx_last$clock)
    );
    qins_uart_link_ulx3s$link$master$strobe_write strobe_write(
        .d(strobe_write$d),
        .q(strobe_write$q),
        .clock(strobe_write$clock)
    );
    qins_uart_link_ulx3s$link$master$strobe_read strobe_read(
        .d(strobe_read$d),
        .q(strobe_read$q),
        .clock(strobe_read$clock)
    );
    qins_uart_link_ulx3s$link$master$bus_addr bus_addr(
        .d(bus_addr$d),
        .q(bus_addr$q),
        .clock(bus_addr$clock)
    );
    qins_uart_link_ulx3s$link$master$ans_ready ans_ready(
        .d(ans_ready$d),
        .q(ans_ready$q),
        .clock(ans_ready$clock)
    );
    qins_uart_link_ulx3s$link$master$ans_error ans_error(
        .d(ans_error$d),
        .q(ans_error$q),
        .clock(ans_error$clock)
    );
    qins_uart_link_ulx3s$link$master$ans_data ans_data(
        .d(ans_data$d),
        .q(ans_data$q),
        .clock(ans_data$clock)
    );
    qins_uart_link_ulx3s$link$master$last_valid last_valid(
        .d(last_valid$d),
        .q(last_valid$q),
        .clock(last_valid$clock)
    );
    qins_uart_link_ulx3s$link$master$last_tag last_tag(
        .d(last_tag$d),
        .q(last_tag$q),
        .clock(last_tag$clock)
    );
    qins_uart_link_ulx3s$link$master$last_status last_status(
        .d(last_status$d),
        .q(last_status$q),
        .clock(last_status$clock)
    );
    qins_uart_link_ulx3s$link$master$last_data last_data(
        .d(last_data$d),
        .q(last_data$q),
        .clock(last_data$clock)
    );
    qins_uart_link_ulx3s$link$master$resend resend(
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
    
endmodule // qins_uart_link_ulx3s$link$master


module qins_uart_link_ulx3s$link$master$ans_data(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$master$ans_data


module qins_uart_link_ulx3s$link$master$ans_error(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$ans_error


module qins_uart_link_ulx3s$link$master$ans_ready(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$ans_ready


module qins_uart_link_ulx3s$link$master$buffer(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // qins_uart_link_ulx3s$link$master$buffer


module qins_uart_link_ulx3s$link$master$bus_addr(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$master$bus_addr


module qins_uart_link_ulx3s$link$master$exec_answer(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$exec_answer


module qins_uart_link_ulx3s$link$master$exec_check(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$exec_check


module qins_uart_link_ulx3s$link$master$exec_load(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$exec_load


module qins_uart_link_ulx3s$link$master$exec_strobe(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$exec_strobe


module qins_uart_link_ulx3s$link$master$exec_wait(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$exec_wait


module qins_uart_link_ulx3s$link$master$exec_wait_2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$exec_wait_2


module qins_uart_link_ulx3s$link$master$last_data(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$master$last_data


module qins_uart_link_ulx3s$link$master$last_status(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$master$last_status


module qins_uart_link_ulx3s$link$master$last_tag(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$master$last_tag


module qins_uart_link_ulx3s$link$master$last_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$last_valid


module qins_uart_link_ulx3s$link$master$resend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$resend


module qins_uart_link_ulx3s$link$master$strobe_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$strobe_read


module qins_uart_link_ulx3s$link$master$strobe_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$strobe_write


module qins_uart_link_ulx3s$link$master$widx(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$master$widx


module qins_uart_link_ulx3s$link$master$widx_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$master$widx_last


module qins_uart_link_ulx3s$link$receiver(clock,rx_data,rx_valid,byte_data,byte_valid,new_word,timeout,crc_ok,resend,last_word,executing,answering,restart_index,step_index,byte_index,receiving,respond,respond_with,execute,forget,store_word,rewind,crc_take,crc_restart,frame_op,frame_read,frame_tag,frame_address,frame_words,drain_status);
    
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
    qins_uart_link_ulx3s$link$receiver$expect_op expect_op(
        .d(expect_op$d),
        .q(expect_op$q),
        .clock(expect_op$clock)
    );
    qins_uart_link_ulx3s$link$receiver$expect_tag expect_tag(
        .d(expect_tag$d),
        .q(expect_tag$q),
        .clock(expect_tag$clock)
    );
    qins_uart_link_ulx3s$link$receiver$expect_address expect_address(
        .d(expect_address$d),
        .q(expect_address$q),
        .clock(expect_address$clock)
    );
    qins_uart_link_ulx3s$link$receiver$expect_count expect_count(
        .d(expect_count$d),
        .q(expect_count$q),
        .clock(expect_count$clock)
    );
    qins_uart_link_ulx3s$link$receiver$expect_payload expect_payload(
        .d(expect_payload$d),
        .q(expect_payload$q),
        .clock(expect_payload$clock)
    );
    qins_uart_link_ulx3s$link$receiver$expect_crc expect_crc(
        .d(expect_crc$d),
        .q(expect_crc$q),
        .clock(expect_crc$clock)
    );
    qins_uart_link_ulx3s$link$receiver$crc_calc crc_calc(
        .d(crc_calc$d),
        .q(crc_calc$q),
        .clock(crc_calc$clock)
    );
    qins_uart_link_ulx3s$link$receiver$crc_check crc_check(
        .d(crc_check$d),
        .q(crc_check$q),
        .clock(crc_check$clock)
    );
    qins_uart_link_ulx3s$link$receiver$decide decide(
        .d(decide$d),
        .q(decide$q),
        .clock(decide$clock)
    );
    qins_uart_link_ulx3s$link$receiver$drain drain(
        .d(drain$d),
        .q(drain$q),
        .clock(drain$clock)
    );
    qins_uart_link_ulx3s$link$receiver$rx_q rx_q(
        .d(rx_q$d),
        .q(rx_q$q),
        .clock(rx_q$clock)
    );
    qins_uart_link_ulx3s$link$receiver$rx_v rx_v(
        .d(rx_v$d),
        .q(rx_v$q),
        .clock(rx_v$clock)
    );
    qins_uart_link_ulx3s$link$receiver$rx_sync rx_sync(
        .d(rx_sync$d),
        .q(rx_sync$q),
        .clock(rx_sync$clock)
    );
    qins_uart_link_ulx3s$link$receiver$rx_write rx_write(
        .d(rx_write$d),
        .q(rx_write$q),
        .clock(rx_write$clock)
    );
    qins_uart_link_ulx3s$link$receiver$rx_read rx_read(
        .d(rx_read$d),
        .q(rx_read$q),
        .clock(rx_read$clock)
    );
    qins_uart_link_ulx3s$link$receiver$rx_burst rx_burst(
        .d(rx_burst$d),
        .q(rx_burst$q),
        .clock(rx_burst$clock)
    );
    qins_uart_link_ulx3s$link$receiver$rx_status rx_status(
        .d(rx_status$d),
        .q(rx_status$q),
        .clock(rx_status$clock)
    );
    qins_uart_link_ulx3s$link$receiver$rx_len_ok rx_len_ok(
        .d(rx_len_ok$d),
        .q(rx_len_ok$q),
        .clock(rx_len_ok$clock)
    );
    qins_uart_link_ulx3s$link$receiver$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    qins_uart_link_ulx3s$link$receiver$op_write op_write(
        .d(op_write$d),
        .q(op_write$q),
        .clock(op_write$clock)
    );
    qins_uart_link_ulx3s$link$receiver$op_read op_read(
        .d(op_read$d),
        .q(op_read$q),
        .clock(op_read$clock)
    );
    qins_uart_link_ulx3s$link$receiver$op_burst op_burst(
        .d(op_burst$d),
        .q(op_burst$q),
        .clock(op_burst$clock)
    );
    qins_uart_link_ulx3s$link$receiver$op_status op_status(
        .d(op_status$d),
        .q(op_status$q),
        .clock(op_status$clock)
    );
    qins_uart_link_ulx3s$link$receiver$tag tag(
        .d(tag$d),
        .q(tag$q),
        .clock(tag$clock)
    );
    qins_uart_link_ulx3s$link$receiver$address address(
        .d(address$d),
        .q(address$q),
        .clock(address$clock)
    );
    qins_uart_link_ulx3s$link$receiver$words words(
        .d(words$d),
        .q(words$q),
        .clock(words$clock)
    );
    qins_uart_link_ulx3s$link$receiver$index index(
        .d(index$d),
        .q(index$q),
        .clock(index$clock)
    );
    qins_uart_link_ulx3s$link$receiver$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    qins_uart_link_ulx3s$link$receiver$pending pending(
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
    
endmodule // qins_uart_link_ulx3s$link$receiver


module qins_uart_link_ulx3s$link$receiver$address(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$receiver$address


module qins_uart_link_ulx3s$link$receiver$crc_calc(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$crc_calc


module qins_uart_link_ulx3s$link$receiver$crc_check(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$crc_check


module qins_uart_link_ulx3s$link$receiver$decide(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$decide


module qins_uart_link_ulx3s$link$receiver$drain(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$drain


module qins_uart_link_ulx3s$link$receiver$expect_address(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$expect_address


module qins_uart_link_ulx3s$link$receiver$expect_count(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$expect_count


module qins_uart_link_ulx3s$link$receiver$expect_crc(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$expect_crc


module qins_uart_link_ulx3s$link$receiver$expect_op(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$expect_op


module qins_uart_link_ulx3s$link$receiver$expect_payload(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$expect_payload


module qins_uart_link_ulx3s$link$receiver$expect_tag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$expect_tag


module qins_uart_link_ulx3s$link$receiver$index(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$receiver$index


module qins_uart_link_ulx3s$link$receiver$op(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$receiver$op


module qins_uart_link_ulx3s$link$receiver$op_burst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$op_burst


module qins_uart_link_ulx3s$link$receiver$op_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$op_read


module qins_uart_link_ulx3s$link$receiver$op_status(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$op_status


module qins_uart_link_ulx3s$link$receiver$op_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$op_write


module qins_uart_link_ulx3s$link$receiver$pending(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$receiver$pending


module qins_uart_link_ulx3s$link$receiver$rx_burst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$rx_burst


module qins_uart_link_ulx3s$link$receiver$rx_len_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$rx_len_ok


module qins_uart_link_ulx3s$link$receiver$rx_q(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$receiver$rx_q


module qins_uart_link_ulx3s$link$receiver$rx_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$rx_read


module qins_uart_link_ulx3s$link$receiver$rx_status(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$rx_status


module qins_uart_link_ulx3s$link$receiver$rx_sync(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$rx_sync


module qins_uart_link_ulx3s$link$receiver$rx_v(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$rx_v


module qins_uart_link_ulx3s$link$receiver$rx_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$receiver$rx_write


module qins_uart_link_ulx3s$link$receiver$tag(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$receiver$tag


module qins_uart_link_ulx3s$link$receiver$word(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$receiver$word


module qins_uart_link_ulx3s$link$receiver$words(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$receiver$words


module qins_uart_link_ulx3s$link$sender(clock,respond,respond_with,drain_status,bytes_received,frame_op,frame_tag,frame_words,word_index,answer_data,last_write_status,last_write_data,crc,byte_index,preparing,sending,crc_take,tx_data,tx_start,tx_busy,error,answering);
    
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
    qins_uart_link_ulx3s$link$sender$build build(
        .d(build$d),
        .q(build$q),
        .clock(build$clock)
    );
    qins_uart_link_ulx3s$link$sender$prepare prepare(
        .d(prepare$d),
        .q(prepare$q),
        .clock(prepare$clock)
    );
    qins_uart_link_ulx3s$link$sender$send send(
        .d(send$d),
        .q(send$q),
        .clock(send$clock)
    );
    qins_uart_link_ulx3s$link$sender$send_wait send_wait(
        .d(send_wait$d),
        .q(send_wait$q),
        .clock(send_wait$clock)
    );
    qins_uart_link_ulx3s$link$sender$rsp_sel rsp_sel(
        .d(rsp_sel$d),
        .q(rsp_sel$q),
        .clock(rsp_sel$clock)
    );
    qins_uart_link_ulx3s$link$sender$tx_go tx_go(
        .d(tx_go$d),
        .q(tx_go$q),
        .clock(tx_go$clock)
    );
    qins_uart_link_ulx3s$link$sender$tx_byte tx_byte(
        .d(tx_byte$d),
        .q(tx_byte$q),
        .clock(tx_byte$clock)
    );
    qins_uart_link_ulx3s$link$sender$rsp_status rsp_status(
        .d(rsp_status$d),
        .q(rsp_status$q),
        .clock(rsp_status$clock)
    );
    qins_uart_link_ulx3s$link$sender$rsp_data rsp_data(
        .d(rsp_data$d),
        .q(rsp_data$q),
        .clock(rsp_data$clock)
    );
    qins_uart_link_ulx3s$link$sender$errors errors(
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
    
endmodule // qins_uart_link_ulx3s$link$sender


module qins_uart_link_ulx3s$link$sender$build(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$sender$build


module qins_uart_link_ulx3s$link$sender$errors(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$sender$errors


module qins_uart_link_ulx3s$link$sender$prepare(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$sender$prepare


module qins_uart_link_ulx3s$link$sender$rsp_data(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$sender$rsp_data


module qins_uart_link_ulx3s$link$sender$rsp_sel(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$sender$rsp_sel


module qins_uart_link_ulx3s$link$sender$rsp_status(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$sender$rsp_status


module qins_uart_link_ulx3s$link$sender$send(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$sender$send


module qins_uart_link_ulx3s$link$sender$send_wait(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$sender$send_wait


module qins_uart_link_ulx3s$link$sender$tx_byte(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$link$sender$tx_byte


module qins_uart_link_ulx3s$link$sender$tx_go(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$link$sender$tx_go


module qins_uart_link_ulx3s$receiver(clock,serial_in,data,valid,frame_error);
    
    // Module arguments
    input wire  clock;
    input wire  serial_in;
    output reg  [7:0] data;
    output reg  valid;
    output reg  frame_error;
    
    // Constant declarations
    localparam  k_half = 16'h144;
    localparam  k_full = 16'h28a;
    
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
    qins_uart_link_ulx3s$receiver$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    qins_uart_link_ulx3s$receiver$sync2 sync2(
        .d(sync2$d),
        .q(sync2$q),
        .clock(sync2$clock)
    );
    qins_uart_link_ulx3s$receiver$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    qins_uart_link_ulx3s$receiver$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    qins_uart_link_ulx3s$receiver$nbits nbits(
        .d(nbits$d),
        .q(nbits$q),
        .clock(nbits$clock)
    );
    qins_uart_link_ulx3s$receiver$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    qins_uart_link_ulx3s$receiver$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    qins_uart_link_ulx3s$receiver$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    qins_uart_link_ulx3s$receiver$out_error out_error(
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
    
endmodule // qins_uart_link_ulx3s$receiver


module qins_uart_link_ulx3s$receiver$nbits(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$receiver$nbits


module qins_uart_link_ulx3s$receiver$out_data(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$receiver$out_data


module qins_uart_link_ulx3s$receiver$out_error(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$receiver$out_error


module qins_uart_link_ulx3s$receiver$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$receiver$out_valid


module qins_uart_link_ulx3s$receiver$shift(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$receiver$shift


module qins_uart_link_ulx3s$receiver$state(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$receiver$state


module qins_uart_link_ulx3s$receiver$sync1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$receiver$sync1


module qins_uart_link_ulx3s$receiver$sync2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$receiver$sync2


module qins_uart_link_ulx3s$receiver$timer(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$receiver$timer


module qins_uart_link_ulx3s$transmitter(clock,data,start,busy,serial_out);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] data;
    input wire  start;
    output reg  busy;
    output reg  serial_out;
    
    // Constant declarations
    localparam  k_full = 16'h28a;
    
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
    qins_uart_link_ulx3s$transmitter$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    qins_uart_link_ulx3s$transmitter$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    qins_uart_link_ulx3s$transmitter$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    qins_uart_link_ulx3s$transmitter$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    qins_uart_link_ulx3s$transmitter$line_n line_n(
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
    
endmodule // qins_uart_link_ulx3s$transmitter


module qins_uart_link_ulx3s$transmitter$active(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$transmitter$active


module qins_uart_link_ulx3s$transmitter$left(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$transmitter$left


module qins_uart_link_ulx3s$transmitter$line_n(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // qins_uart_link_ulx3s$transmitter$line_n


module qins_uart_link_ulx3s$transmitter$shift(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$transmitter$shift


module qins_uart_link_ulx3s$transmitter$timer(d,q,clock);
    
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
          
endmodule // qins_uart_link_ulx3s$transmitter$timer
