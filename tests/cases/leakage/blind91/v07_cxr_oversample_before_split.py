"""Pneumonia classifier (ResNet-50 fine-tune).

Positives are rare (~8% of images), so the positive images are replicated to get
a roughly 1:2 class ratio before building the loaders.
"""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import Dataset, DataLoader
from torchvision import models, transforms
from torchvision.io import read_image, ImageReadMode
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score, balanced_accuracy_score

torch.manual_seed(11)
DEVICE = torch.device("cuda" if torch.cuda.is_available() else "cpu")
MEAN, STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]


class CsvImageDataset(Dataset):
    def __init__(self, frame, transform, label_col="pneumonia"):
        self.frame = frame.reset_index(drop=True)
        self.transform = transform
        self.label_col = label_col

    def __len__(self):
        return len(self.frame)

    def __getitem__(self, idx):
        img = read_image(self.frame.loc[idx, "image_path"], mode=ImageReadMode.RGB).float() / 255.0
        img = self.transform(img)
        if self.label_col is None:
            return img
        return img, torch.tensor(self.frame.loc[idx, self.label_col], dtype=torch.float32)


def balance(frame, target="pneumonia", ratio=0.5, seed=11):
    pos = frame[frame[target] == 1]
    neg = frame[frame[target] == 0]
    n_needed = int(len(neg) * ratio)
    extra = pos.sample(n=max(n_needed - len(pos), 0), replace=True, random_state=seed)
    return pd.concat([neg, pos, extra]).sample(frac=1.0, random_state=seed).reset_index(drop=True)


def run_epoch(model, loader, criterion, optimizer=None):
    training = optimizer is not None
    model.train(training)
    losses, probs, ys = [], [], []
    with torch.set_grad_enabled(training):
        for x, y in loader:
            x, y = x.to(DEVICE), y.to(DEVICE)
            logits = model(x).squeeze(1)
            loss = criterion(logits, y)
            if training:
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            losses.append(loss.item())
            probs.append(torch.sigmoid(logits).detach().cpu())
            ys.append(y.cpu())
    return float(np.mean(losses)), torch.cat(ys).numpy(), torch.cat(probs).numpy()


def main():
    df = pd.read_csv("train.csv")
    test_df = pd.read_csv("test.csv")
    print("original positive rate:", df["pneumonia"].mean())

    df = balance(df)
    print("after balancing:", df["pneumonia"].mean(), len(df))

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=11)
    tr_idx, va_idx = next(gss.split(df, groups=df["patient_id"]))
    train_part, val_part = df.iloc[tr_idx], df.iloc[va_idx]

    train_tf = transforms.Compose([
        transforms.Resize((240, 240), antialias=True),
        transforms.RandomCrop(224),
        transforms.RandomHorizontalFlip(),
        transforms.Normalize(MEAN, STD),
    ])
    eval_tf = transforms.Compose([transforms.Resize((224, 224), antialias=True), transforms.Normalize(MEAN, STD)])

    train_loader = DataLoader(CsvImageDataset(train_part, train_tf), batch_size=32, shuffle=True, num_workers=4)
    val_loader = DataLoader(CsvImageDataset(val_part, eval_tf), batch_size=64, num_workers=4)

    model = models.resnet50(weights=models.ResNet50_Weights.DEFAULT)
    model.fc = nn.Sequential(nn.Dropout(0.3), nn.Linear(model.fc.in_features, 1))
    model.to(DEVICE)
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-3, momentum=0.9)

    for epoch in range(8):
        tr_loss, _, _ = run_epoch(model, train_loader, criterion, optimizer)
        va_loss, y_val, p_val = run_epoch(model, val_loader, criterion)
        print(f"epoch {epoch}: train {tr_loss:.4f} val {va_loss:.4f} auc {roc_auc_score(y_val, p_val):.4f}")

    const = np.full_like(p_val, train_part["pneumonia"].mean())
    print("baseline (constant prevalence): AUC", roc_auc_score(y_val, const), "AP", average_precision_score(y_val, const))
    print("resnet50: AUC", roc_auc_score(y_val, p_val), "AP", average_precision_score(y_val, p_val),
          "balanced acc", balanced_accuracy_score(y_val, p_val > 0.5))

    test_loader = DataLoader(CsvImageDataset(test_df, eval_tf, label_col=None), batch_size=64)
    model.eval()
    with torch.no_grad():
        p_test = torch.cat([torch.sigmoid(model(x.to(DEVICE)).squeeze(1)).cpu() for x in test_loader]).numpy()
    pd.DataFrame({"image_id": test_df["image_id"], "prediction": p_test}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
