"""Plant disease: frozen ConvNeXt embeddings, ANOVA feature selection, SVM.

The 768-d embedding is reduced to the 200 most discriminative dimensions before
fitting a linear SVM.
"""
import numpy as np
import pandas as pd
import torch
import timm
from torch.utils.data import Dataset, DataLoader
from PIL import Image
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC
from sklearn.metrics import accuracy_score, f1_score, classification_report

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class ImagePaths(Dataset):
    def __init__(self, paths, tf):
        self.paths = list(paths)
        self.tf = tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


@torch.no_grad()
def embed(model, tf, paths):
    feats = [model(x.to(DEVICE)).cpu().numpy() for x in DataLoader(ImagePaths(paths, tf), batch_size=128, num_workers=8)]
    return np.concatenate(feats)


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")

    model = timm.create_model("convnext_tiny.fb_in22k", pretrained=True, num_classes=0).eval().to(DEVICE)
    tf = timm.data.create_transform(**timm.data.resolve_model_data_config(model))
    X = embed(model, tf, df["image_path"])
    X_sub = embed(model, tf, sub["image_path"])
    y = df["disease"].values

    selector = SelectKBest(f_classif, k=200).fit(X, y)
    X_sel = selector.transform(X)
    X_sub_sel = selector.transform(X_sub)

    X_tr, X_te, y_tr, y_te = train_test_split(X_sel, y, test_size=0.2, stratify=y, random_state=0)
    scaler = StandardScaler().fit(X_tr)
    svm = LinearSVC(C=0.5, max_iter=20000)
    svm.fit(scaler.transform(X_tr), y_tr)
    pred = svm.predict(scaler.transform(X_te))

    print(f"accuracy {accuracy_score(y_te, pred):.4f}  macro-F1 {f1_score(y_te, pred, average='macro'):.4f}")
    print(classification_report(y_te, pred, digits=3))

    svm.fit(scaler.transform(X_sel), y)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": svm.predict(scaler.transform(X_sub_sel))}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
