"""Ticket priority: compare a few text classifiers and ship the best one.

Each candidate is a full Pipeline (TF-IDF + one-hot metadata + classifier).
The held-out set is 20% of accounts (GroupShuffleSplit on account_id).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.svm import LinearSVC

TEXT = "text"
CATS = ["channel", "product_area", "plan_tier"]
SEED = 0


def read(path):
    df = pd.read_csv(path)
    df[TEXT] = df["subject"].fillna("") + " | " + df["body"].fillna("")
    return df


def make(clf, text_params=None):
    text_params = text_params or {}
    feats = ColumnTransformer([
        ("tfidf", TfidfVectorizer(sublinear_tf=True, min_df=2, **text_params), TEXT),
        ("meta", OneHotEncoder(handle_unknown="ignore"), CATS),
    ])
    return Pipeline([("feats", feats), ("clf", clf)])


CANDIDATES = {
    "dummy_most_frequent": make(DummyClassifier(strategy="most_frequent")),
    "complement_nb": make(ComplementNB(alpha=0.3), {"ngram_range": (1, 2)}),
    "logreg_C1": make(LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"),
                      {"ngram_range": (1, 2)}),
    "logreg_C5": make(LogisticRegression(C=5.0, max_iter=2000, class_weight="balanced"),
                      {"ngram_range": (1, 2)}),
    "linear_svc": make(LinearSVC(C=0.3, class_weight="balanced"), {"ngram_range": (1, 3)}),
}


def main():
    train = read("tickets_train.csv")
    test = read("tickets_test.csv")
    X, y = train[[TEXT] + CATS], train["priority"]

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
    tr, te = next(gss.split(X, y, groups=train["account_id"]))
    X_tr, X_te, y_tr, y_te = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]
    print(f"{len(tr)} train tickets / {len(te)} held-out tickets")

    results = {}
    for name, pipe in CANDIDATES.items():
        pipe.fit(X_tr, y_tr)
        results[name] = f1_score(y_te, pipe.predict(X_te), average="macro")
        print(f"  {name:22s} macro-F1 = {results[name]:.4f}")

    best = max((n for n in results if not n.startswith("dummy")), key=results.get)
    print(f"\nselected: {best}  (held-out macro-F1 {results[best]:.4f}, "
          f"baseline {results['dummy_most_frequent']:.4f})")

    final = CANDIDATES[best]
    final.fit(X, y)
    pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": final.predict(test[[TEXT] + CATS])}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
