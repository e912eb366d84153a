"""Product review sentiment; held-out authors via GroupShuffleSplit."""
import re

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import f1_score, roc_auc_score, classification_report
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import FeatureUnion, Pipeline

reviews = pd.read_csv("reviews.csv").dropna(subset=["review_text"]).reset_index(drop=True)
reviews["label"] = (reviews["stars"] >= 4).astype(int)

counts = reviews.groupby("author_id")["review_id"].count()
print(f"{counts.size} authors, median {counts.median():.0f} reviews, max {counts.max()}")


def normalise(text):
    text = re.sub(r"<br\s*/?>", " ", text.lower())
    text = re.sub(r"[^a-z0-9!?' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


reviews["text"] = (reviews["summary"].fillna("") + " . " + reviews["review_text"]).map(normalise)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
train_idx, test_idx = next(gss.split(reviews, reviews["label"], groups=reviews["author_id"]))
train, test = reviews.iloc[train_idx], reviews.iloc[test_idx]
overlap = set(train["author_id"]) & set(test["author_id"])
print(f"train {len(train)}  test {len(test)}  shared authors {len(overlap)}")

features = FeatureUnion(
    [
        ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=5, sublinear_tf=True)),
    ]
)
model = Pipeline(
    [
        ("features", features),
        ("clf", CalibratedClassifierCV(SGDClassifier(loss="hinge", alpha=2e-5, random_state=5), cv=3)),
    ]
)
model.fit(train["text"], train["label"])
proba = model.predict_proba(test["text"])[:, 1]
pred = (proba >= 0.5).astype(int)

print(f"F1  {f1_score(test['label'], pred):.4f}")
print(f"AUC {roc_auc_score(test['label'], proba):.4f}")
print(classification_report(test["label"], pred, digits=3))
