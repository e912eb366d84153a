"""Pneumonia detection – fine-tune ResNet-18 on all labelled radiographs.

All labelled images are used for training (the dataset is small and positives are
rare), then the fitted network is evaluated and used to score test.csv.
"""
import argparse

import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import Dataset, DataLoader, WeightedRandomSampler
from torchvision import models, transforms
from PIL import Image
from sklearn.metrics import roc_auc_score, accuracy_score, recall_score, precision_score

NORMALIZE = transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])


class ChestDataset(Dataset):
    def __init__(self, csv_path, transform, has_labels=True):
        self.df = pd.read_csv(csv_path)
        self.transform = transform
        self.has_labels = has_labels

    def __len__(self):
        return len(self.df)

    def __getitem__(self, idx):
        row = self.df.iloc[idx]
        image = self.transform(Image.open(row["image_path"]).convert("RGB"))
        label = float(row["pneumonia"]) if self.has_labels else -1.0
        return image, torch.tensor(label)


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--lr", type=float, default=3e-4)
    p.add_argument("--batch-size", type=int, default=32)
    return p.parse_args()


@torch.no_grad()
def predict(model, loader, device):
    model.eval()
    probs, labels = [], []
    for x, y in loader:
        probs.append(torch.sigmoid(model(x.to(device)).squeeze(1)).cpu())
        labels.append(y)
    return torch.cat(labels).numpy(), torch.cat(probs).numpy()


def main():
    args = parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    train_tf = transforms.Compose([
        transforms.Resize((224, 224)),
        transforms.RandomAffine(degrees=10, translate=(0.05, 0.05), scale=(0.95, 1.05)),
        transforms.ToTensor(),
        NORMALIZE,
    ])
    eval_tf = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor(), NORMALIZE])

    train_ds = ChestDataset("train.csv", train_tf)
    labels = train_ds.df["pneumonia"].values
    sample_w = np.where(labels == 1, 1.0 / labels.mean(), 1.0 / (1.0 - labels.mean()))
    sampler = WeightedRandomSampler(sample_w, num_samples=len(sample_w), replacement=True)
    train_loader = DataLoader(train_ds, batch_size=args.batch_size, sampler=sampler, num_workers=4)

    model = models.resnet18(weights=models.ResNet18_Weights.IMAGENET1K_V1)
    model.fc = nn.Linear(model.fc.in_features, 1)
    model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=4, gamma=0.3)
    criterion = nn.BCEWithLogitsLoss()

    for epoch in range(args.epochs):
        model.train()
        epoch_loss = 0.0
        for x, y in train_loader:
            optimizer.zero_grad()
            loss = criterion(model(x.to(device)).squeeze(1), y.to(device))
            loss.backward()
            optimizer.step()
            epoch_loss += loss.item()
        scheduler.step()
        print(f"[{epoch + 1}/{args.epochs}] loss={epoch_loss / len(train_loader):.4f}")

    eval_loader = DataLoader(ChestDataset("train.csv", eval_tf), batch_size=64, num_workers=4)
    y_true, y_prob = predict(model, eval_loader, device)
    y_hat = (y_prob > 0.5).astype(int)
    print("ROC AUC   :", round(roc_auc_score(y_true, y_prob), 4))
    print("accuracy  :", round(accuracy_score(y_true, y_hat), 4))
    print("recall    :", round(recall_score(y_true, y_hat), 4))
    print("precision :", round(precision_score(y_true, y_hat), 4))

    test_ds = ChestDataset("test.csv", eval_tf, has_labels=False)
    _, test_prob = predict(model, DataLoader(test_ds, batch_size=64), device)
    pd.DataFrame({"image_id": test_ds.df["image_id"], "prediction": test_prob}).to_csv("predictions.csv", index=False)
    torch.save(model.state_dict(), "resnet18_pneumonia.pt")


if __name__ == "__main__":
    main()
