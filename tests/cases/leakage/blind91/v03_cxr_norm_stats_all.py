"""Pneumonia detection: DenseNet-121 fine-tuned with dataset-specific normalisation.

X-rays are grayscale and their intensity distribution is far from ImageNet's,
so the per-channel mean/std are computed from the radiographs themselves.
"""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import Dataset, DataLoader, Subset
from torchvision import models, transforms
from PIL import Image
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 7
torch.manual_seed(SEED)
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
IMG_SIZE = 224


class XrayDataset(Dataset):
    def __init__(self, df, transform, with_labels=True):
        self.paths = df["image_path"].values
        self.labels = df["pneumonia"].values if with_labels else None
        self.transform = transform

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        x = self.transform(Image.open(self.paths[i]).convert("L"))
        if self.labels is None:
            return x
        return x, torch.tensor(float(self.labels[i]))


def compute_mean_std(df):
    base = transforms.Compose([transforms.Resize((IMG_SIZE, IMG_SIZE)), transforms.ToTensor()])
    loader = DataLoader(XrayDataset(df, base, with_labels=False), batch_size=128, num_workers=4)
    total, sq, n = 0.0, 0.0, 0
    for x in loader:
        total += x.sum().item()
        sq += (x ** 2).sum().item()
        n += x.numel()
    mean = total / n
    std = (sq / n - mean ** 2) ** 0.5
    return mean, std


def main():
    df = pd.read_csv("train.csv")
    test_df = pd.read_csv("test.csv")

    mean, std = compute_mean_std(df)
    print(f"dataset mean={mean:.4f} std={std:.4f}")

    train_tf = transforms.Compose([
        transforms.Resize((IMG_SIZE + 16, IMG_SIZE + 16)),
        transforms.RandomCrop(IMG_SIZE),
        transforms.RandomRotation(5),
        transforms.ToTensor(),
        transforms.Normalize([mean], [std]),
        transforms.Lambda(lambda t: t.repeat(3, 1, 1)),
    ])
    eval_tf = transforms.Compose([
        transforms.Resize((IMG_SIZE, IMG_SIZE)),
        transforms.ToTensor(),
        transforms.Normalize([mean], [std]),
        transforms.Lambda(lambda t: t.repeat(3, 1, 1)),
    ])

    splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
    tr_idx, va_idx = next(splitter.split(df, groups=df["patient_id"]))
    train_loader = DataLoader(Subset(XrayDataset(df, train_tf), tr_idx), batch_size=32, shuffle=True, num_workers=4)
    val_loader = DataLoader(Subset(XrayDataset(df, eval_tf), va_idx), batch_size=64, num_workers=4)

    model = models.densenet121(weights=models.DenseNet121_Weights.DEFAULT)
    model.classifier = nn.Linear(model.classifier.in_features, 1)
    model.to(DEVICE)

    pos_rate = df["pneumonia"].values[tr_idx].mean()
    criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor((1 - pos_rate) / pos_rate, device=DEVICE))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=10)

    for epoch in range(10):
        model.train()
        for x, y in train_loader:
            optimizer.zero_grad()
            loss = criterion(model(x.to(DEVICE)).squeeze(1), y.to(DEVICE))
            loss.backward()
            optimizer.step()
        scheduler.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")

    model.eval()
    with torch.no_grad():
        probs = torch.cat([torch.sigmoid(model(x.to(DEVICE)).squeeze(1)).cpu() for x, _ in val_loader]).numpy()
    y_val = df["pneumonia"].values[va_idx]

    baseline = np.full_like(probs, pos_rate)
    print("baseline (train prevalence) AUC:", roc_auc_score(y_val, baseline), "AP:", average_precision_score(y_val, baseline))
    print("densenet121 AUC:", roc_auc_score(y_val, probs), "AP:", average_precision_score(y_val, probs))

    test_loader = DataLoader(XrayDataset(test_df, eval_tf, with_labels=False), batch_size=64)
    with torch.no_grad():
        test_probs = torch.cat([torch.sigmoid(model(x.to(DEVICE)).squeeze(1)).cpu() for x in test_loader]).numpy()
    pd.DataFrame({"image_id": test_df["image_id"], "prediction": test_probs}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
