#!/usr/bin/env python
"""Job posting fraud detection.

Features
  * CLIP ViT-B/32 image embedding of the company logo (zeros when there is no logo)
  * MiniLM sentence embedding of title + description
  * a handful of posting flags
Classifier: class-weighted logistic regression, stratified 80/20 hold-out.
"""
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from PIL import Image
from sentence_transformers import SentenceTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from transformers import CLIPModel, CLIPProcessor

CLIP_NAME = "openai/clip-vit-base-patch32"
IMG_DIR = Path("logos")


@torch.no_grad()
def logo_embeddings(paths, batch=32):
    model = CLIPModel.from_pretrained(CLIP_NAME).eval()
    proc = CLIPProcessor.from_pretrained(CLIP_NAME)
    out = np.zeros((len(paths), model.config.projection_dim), dtype=np.float32)
    valid = [i for i, p in enumerate(paths) if isinstance(p, str) and (IMG_DIR / p).exists()]
    for s in range(0, len(valid), batch):
        ids = valid[s:s + batch]
        imgs = [Image.open(IMG_DIR / paths[i]).convert("RGB") for i in ids]
        feats = model.get_image_features(**proc(images=imgs, return_tensors="pt"))
        out[ids] = torch.nn.functional.normalize(feats, dim=-1).numpy()
    return out


def text_embeddings(frame, st):
    txt = (frame["title"].fillna("") + " - " + frame["description"].fillna("")).tolist()
    return st.encode(txt, batch_size=64, normalize_embeddings=True)


def flags(frame):
    return np.column_stack([
        frame["telecommuting"].fillna(0),
        frame["has_company_logo"].fillna(0),
        frame["has_questions"].fillna(0),
        frame["salary_range"].notna(),
        frame["company_profile"].fillna("").str.len() < 20,
        frame["requirements"].isna(),
    ]).astype(float)


def build(frame, st):
    return np.hstack([text_embeddings(frame, st), logo_embeddings(frame["logo_path"].tolist()), flags(frame)])


def report(name, y_true, proba):
    print(f"{name:<10} acc {accuracy_score(y_true, proba > 0.5):.4f}"
          f"  PR-AUC {average_precision_score(y_true, proba):.4f}"
          f"  ROC-AUC {roc_auc_score(y_true, proba):.4f}")


if __name__ == "__main__":
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.shape)
    print(train["fraudulent"].value_counts())
    print(train.groupby("has_company_logo")["fraudulent"].mean())

    st = SentenceTransformer("all-MiniLM-L6-v2")
    X = build(train, st)
    y = train["fraudulent"].to_numpy()

    X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=11)

    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=4000).fit(X_tr, y_tr)
    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    report("logreg", y_val, model.predict_proba(X_val)[:, 1])
    report("dummy", y_val, dummy.predict_proba(X_val)[:, 1])

    model.fit(X, y)
    X_test = build(test, st)
    pd.DataFrame({"posting_id": test["posting_id"],
                  "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
    print("predictions.csv written")
