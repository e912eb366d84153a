"""Skin lesion malignancy: DenseNet-201 embeddings, SMOTE, logistic regression.

Malignant lesions are the minority class, so SMOTE is used to balance the
embedding set before fitting.
"""
import numpy as np
import pandas as pd
import torch
from torch.utils.data import Dataset, DataLoader
from torchvision import models
from PIL import Image
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, recall_score, precision_score

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class Lesions(Dataset):
    def __init__(self, paths, tf):
        self.paths, self.tf = list(paths), tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


def build_extractor():
    weights = models.DenseNet201_Weights.IMAGENET1K_V1
    net = models.densenet201(weights=weights)
    net.classifier = torch.nn.Identity()
    return net.eval().to(DEVICE), weights.transforms()


@torch.no_grad()
def extract(net, tf, paths):
    return np.concatenate([net(x.to(DEVICE)).cpu().numpy()
                           for x in DataLoader(Lesions(paths, tf), batch_size=32, num_workers=6)])


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    net, tf = build_extractor()
    X = extract(net, tf, df["image_path"])
    X_sub = extract(net, tf, sub["image_path"])
    y = df["malignant"].values
    print("class balance before:", np.bincount(y))

    X_bal, y_bal = SMOTE(k_neighbors=5, random_state=42).fit_resample(X, y)
    print("class balance after:", np.bincount(y_bal))

    X_tr, X_te, y_tr, y_te = train_test_split(X_bal, y_bal, test_size=0.2, stratify=y_bal, random_state=42)
    scaler = StandardScaler().fit(X_tr)
    clf = LogisticRegression(C=0.05, max_iter=5000).fit(scaler.transform(X_tr), y_tr)
    proba = clf.predict_proba(scaler.transform(X_te))[:, 1]
    pred = (proba >= 0.5).astype(int)

    dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
    print("DummyClassifier  F1:", round(f1_score(y_te, dummy.predict(X_te)), 4))
    print("logreg  AUC:", round(roc_auc_score(y_te, proba), 4),
          " F1:", round(f1_score(y_te, pred), 4),
          " precision:", round(precision_score(y_te, pred), 4),
          " recall:", round(recall_score(y_te, pred), 4))

    clf.fit(scaler.transform(X_bal), y_bal)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": clf.predict_proba(scaler.transform(X_sub))[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
