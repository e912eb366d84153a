"""Defect classifier for cast parts, evaluated on the most recent production weeks.

Train on everything produced before the cut-off date, validate on what was produced
after it (mirrors deployment on new production).
"""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
import timm
import albumentations as A
from albumentations.pytorch import ToTensorV2
import cv2
from torch.utils.data import Dataset, DataLoader
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
CUTOFF = "2023-09-01"

train_aug = A.Compose([
    A.Resize(288, 288),
    A.HorizontalFlip(p=0.5),
    A.VerticalFlip(p=0.5),
    A.RandomRotate90(p=0.5),
    A.GaussNoise(p=0.2),
    A.RandomBrightnessContrast(0.15, 0.15, p=0.4),
    A.Normalize(mean=(0.485, 0.456, 0.406), std=(0.229, 0.224, 0.225)),
    ToTensorV2(),
])
eval_aug = A.Compose([
    A.Resize(288, 288),
    A.Normalize(mean=(0.485, 0.456, 0.406), std=(0.229, 0.224, 0.225)),
    ToTensorV2(),
])


class CastingDataset(Dataset):
    def __init__(self, frame, aug, with_target=True):
        self.paths = frame["image_path"].to_numpy()
        self.targets = frame["defective"].to_numpy(dtype=np.float32) if with_target else np.zeros(len(frame), np.float32)
        self.aug = aug

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        image = cv2.cvtColor(cv2.imread(self.paths[i]), cv2.COLOR_BGR2RGB)
        return self.aug(image=image)["image"], self.targets[i]


@torch.no_grad()
def infer(model, loader):
    model.eval()
    return torch.cat([model(x.to(DEVICE)).sigmoid().squeeze(1).cpu() for x, _ in loader]).numpy()


def main():
    df = pd.read_csv("train.csv", parse_dates=["production_date"])
    sub = pd.read_csv("test.csv", parse_dates=["production_date"])

    train_df = df[df["production_date"] < CUTOFF]
    valid_df = df[df["production_date"] >= CUTOFF]
    print(f"train {len(train_df)} parts ({train_df['batch_id'].nunique()} batches), "
          f"valid {len(valid_df)} parts ({valid_df['batch_id'].nunique()} batches)")

    train_loader = DataLoader(CastingDataset(train_df, train_aug), batch_size=32, shuffle=True, num_workers=4, drop_last=True)
    valid_loader = DataLoader(CastingDataset(valid_df, eval_aug), batch_size=64, num_workers=4)

    model = timm.create_model("resnet26d", pretrained=True, num_classes=1).to(DEVICE)
    pos = train_df["defective"].mean()
    criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor((1 - pos) / pos, device=DEVICE))
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-4, weight_decay=1e-2)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=1e-3, total_steps=8 * len(train_loader))

    for epoch in range(8):
        model.train()
        for x, y in train_loader:
            optimizer.zero_grad()
            loss = criterion(model(x.to(DEVICE)).squeeze(1), y.to(DEVICE))
            loss.backward()
            optimizer.step()
            scheduler.step()
        print(f"epoch {epoch}: loss {loss.item():.4f}")

    y_valid = valid_df["defective"].to_numpy()
    p_valid = infer(model, valid_loader)

    rng = np.random.default_rng(0)
    p_random = rng.random(len(y_valid))
    print("baseline (random scores): AUC %.3f AP %.3f" % (roc_auc_score(y_valid, p_random), average_precision_score(y_valid, p_random)))
    print("resnet26d: AUC %.3f AP %.3f recall@0.5 %.3f" % (
        roc_auc_score(y_valid, p_valid), average_precision_score(y_valid, p_valid), recall_score(y_valid, p_valid > 0.5)))

    p_sub = infer(model, DataLoader(CastingDataset(sub, eval_aug, with_target=False), batch_size=64))
    pd.DataFrame({"image_id": sub["image_id"], "prediction": p_sub}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
