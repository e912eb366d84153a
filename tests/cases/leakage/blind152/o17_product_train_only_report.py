# product_classifier.py
# Title + description -> category. LinearSVC on TF-IDF with a few numeric fields.
import sys
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.svm import LinearSVC
from sklearn.metrics import classification_report, f1_score, confusion_matrix

TEXT = "listing_text"
NUMERIC = ["price", "seller_rating", "n_images", "weight_g"]
CATEG = ["brand"]


def load(path):
    d = pd.read_csv(path)
    d[TEXT] = (d["title"].fillna("") + ". " + d["description"].fillna("")).str.lower()
    d["brand"] = d["brand"].fillna("other")
    d["price"] = np.log1p(d["price"].clip(lower=0))
    return d


def make_model():
    pre = ColumnTransformer(
        [
            ("text", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.9,
                                     sublinear_tf=True, stop_words="english"), TEXT),
            ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                              ("sc", StandardScaler())]), NUMERIC),
            ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=10), CATEG),
        ]
    )
    return Pipeline([("pre", pre), ("svm", LinearSVC(C=0.3, class_weight="balanced"))])


def main(train_path="train.csv", test_path="test.csv"):
    train = load(train_path)
    test = load(test_path)
    print(f"{len(train)} training listings, {train['category'].nunique()} categories")

    X, y = train[[TEXT] + NUMERIC + CATEG], train["category"]
    model = make_model()
    model.fit(X, y)

    fitted = model.predict(X)
    print("macro-F1:", round(f1_score(y, fitted, average="macro"), 4))
    print(classification_report(y, fitted, digits=3))
    labels = sorted(y.unique())
    cm = pd.DataFrame(confusion_matrix(y, fitted, labels=labels), index=labels, columns=labels)
    print(cm)

    preds = model.predict(test[[TEXT] + NUMERIC + CATEG])
    pd.DataFrame({"product_id": test["product_id"], "prediction": preds}).to_csv(
        "predictions.csv", index=False
    )
    print("saved", len(preds), "predictions")


if __name__ == "__main__":
    main(*sys.argv[1:])
