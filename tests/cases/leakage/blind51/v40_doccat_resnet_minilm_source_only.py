"""Document category classifier (scanned documents).

First page image  -> torchvision ResNet-18, ImageNet weights, pooled 512-d features (frozen)
OCR text          -> all-MiniLM-L6-v2 sentence embedding (frozen)
Metadata          -> page count, intake source
Classifier        -> multinomial logistic regression, GroupKFold by client
"""
import numpy as np
import pandas as pd
import torch
from PIL import Image
from sentence_transformers import SentenceTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, classification_report
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from torchvision.models import resnet18, ResNet18_Weights

W = ResNet18_Weights.DEFAULT


def page_features(paths, batch_size=64):
    net = resnet18(weights=W)
    net.fc = torch.nn.Identity()
    net.eval()
    prep = W.transforms()
    chunks = []
    with torch.no_grad():
        for i in range(0, len(paths), batch_size):
            x = torch.stack([prep(Image.open(p).convert("RGB")) for p in paths[i:i + batch_size]])
            chunks.append(net(x).numpy())
    return np.concatenate(chunks)


def metadata(frame):
    meta = pd.DataFrame({"log_pages": np.log1p(frame["page_count"].fillna(1))})
    # routing queue / archive folder are assigned after a clerk has read the document: not used
    dummies = pd.get_dummies(frame[["source"]].fillna("none"), dtype=float)
    return pd.concat([meta, dummies], axis=1)


def main():
    docs = pd.read_csv("train.csv")
    docs_test = pd.read_csv("test.csv")
    print(docs["category"].value_counts())
    print("clients:", docs["client_id"].nunique())

    st = SentenceTransformer("all-MiniLM-L6-v2")
    txt = st.encode((docs["title"].fillna("") + "\n" + docs["ocr_text"].fillna("").str.slice(0, 4000)).tolist(),
                    batch_size=64, normalize_embeddings=True)
    img = page_features(("scans/" + docs["scan_path"]).tolist())
    meta = metadata(docs)
    X = np.hstack([txt, img, meta.to_numpy()])
    y = docs["category"].to_numpy()
    groups = docs["client_id"].to_numpy()

    oof = np.empty(len(y), dtype=object)
    oof_dummy = np.empty(len(y), dtype=object)
    for tr, va in GroupKFold(n_splits=5).split(X, y, groups):
        clf = make_pipeline(StandardScaler(), LogisticRegression(C=0.2, max_iter=4000))
        clf.fit(X[tr], y[tr])
        oof[va] = clf.predict(X[va])
        oof_dummy[va] = DummyClassifier(strategy="most_frequent").fit(X[tr], y[tr]).predict(X[va])

    print("macro-F1 model   :", round(f1_score(y, oof, average="macro"), 4))
    print("macro-F1 majority:", round(f1_score(y, oof_dummy, average="macro"), 4))
    print(classification_report(y, oof, digits=3))

    clf = make_pipeline(StandardScaler(), LogisticRegression(C=0.2, max_iter=4000)).fit(X, y)
    txt_t = st.encode((docs_test["title"].fillna("") + "\n" + docs_test["ocr_text"].fillna("").str.slice(0, 4000)).tolist(),
                      batch_size=64, normalize_embeddings=True)
    img_t = page_features(("scans/" + docs_test["scan_path"]).tolist())
    meta_t = metadata(docs_test).reindex(columns=meta.columns, fill_value=0.0)
    X_t = np.hstack([txt_t, img_t, meta_t.to_numpy()])
    pd.DataFrame({"doc_id": docs_test["doc_id"], "prediction": clf.predict(X_t)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
