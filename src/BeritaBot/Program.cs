Console.WriteLine("BeritaBot");
