global using Xunit;
global using RichardSzalay.MockHttp;
