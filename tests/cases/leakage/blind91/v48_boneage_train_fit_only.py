"""Bone age: ResNet-34 fine-tuned on every labelled radiograph.

The dataset is small (a few thousand hands), so I train on all of it and report
the fit quality next to a constant-mean reference.
"""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import Dataset, DataLoader
from torchvision import models, transforms
from PIL import Image
from sklearn.metrics import mean_absolute_error, r2_score

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
EPOCHS = 15
NORM = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])


class HandDataset(Dataset):
    def __init__(self, frame, tf, labels=True):
        self.paths = frame["image_path"].tolist()
        self.male = frame["sex"].eq("M").astype("float32").tolist()
        self.y = frame["bone_age_months"].astype("float32").tolist() if labels else [0.0] * len(frame)
        self.tf = tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        img = self.tf(Image.open(self.paths[i]).convert("L"))
        return img, torch.tensor([self.male[i]]), torch.tensor(self.y[i])


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = models.resnet34(weights=models.ResNet34_Weights.DEFAULT)
        self.cnn.fc = nn.Identity()
        self.out = nn.Sequential(nn.Linear(512 + 1, 128), nn.ReLU(), nn.Linear(128, 1))

    def forward(self, x, male):
        return self.out(torch.cat([self.cnn(x), male], 1)).squeeze(1)


@torch.no_grad()
def predict(model, loader):
    model.eval()
    return torch.cat([model(x.to(DEVICE), m.to(DEVICE)).cpu() for x, m, _ in loader]).numpy()


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    train_tf = transforms.Compose([transforms.Resize((288, 288)), transforms.RandomRotation(10),
                                   transforms.RandomResizedCrop(256, scale=(0.85, 1.0)), transforms.Grayscale(3),
                                   transforms.ToTensor(), NORM])
    eval_tf = transforms.Compose([transforms.Resize((256, 256)), transforms.Grayscale(3), transforms.ToTensor(), NORM])

    loader = DataLoader(HandDataset(df, train_tf), batch_size=32, shuffle=True, num_workers=6)
    model = Regressor().to(DEVICE)
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-4, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, EPOCHS)
    criterion = nn.SmoothL1Loss(beta=5.0)

    for epoch in range(EPOCHS):
        model.train()
        losses = []
        for x, m, y in loader:
            optimizer.zero_grad()
            loss = criterion(model(x.to(DEVICE), m.to(DEVICE)), y.to(DEVICE))
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        scheduler.step()
        print(f"epoch {epoch + 1}/{EPOCHS} loss {np.mean(losses):.3f}")

    y = df["bone_age_months"].values
    fitted = predict(model, DataLoader(HandDataset(df, eval_tf), batch_size=64, num_workers=6))
    mean_ref = np.full_like(y, y.mean(), dtype=float)
    print("constant-mean baseline MAE: %.2f months" % mean_absolute_error(y, mean_ref))
    print("resnet34 MAE: %.2f months, R2 %.3f" % (mean_absolute_error(y, fitted), r2_score(y, fitted)))

    sub["prediction"] = predict(model, DataLoader(HandDataset(sub, eval_tf, labels=False), batch_size=64))
    sub[["image_id", "prediction"]].to_csv("predictions.csv", index=False)
    torch.save(model.state_dict(), "boneage_resnet34.pt")


if __name__ == "__main__":
    main()
