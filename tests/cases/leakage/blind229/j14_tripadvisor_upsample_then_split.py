# TripAdvisor hotel reviews: flag negative reviews (rating 1-2) for the support team.
# Negative reviews are ~15% of the data, so the minority class is upsampled to balance.

import re

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score, classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.utils import resample

SEED = 123

hotel = pd.read_csv("tripadvisor_hotel_reviews.csv")
print(hotel.shape)
print(hotel.Rating.value_counts().sort_index())

hotel["negative"] = (hotel["Rating"] <= 2).astype(int)


def normalise(text):
    text = text.lower()
    text = re.sub(r"n't", " not", text)
    text = re.sub(r"[^a-z\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


hotel["text"] = hotel["Review"].astype(str).map(normalise)

# ---- balance the classes ----
majority = hotel[hotel.negative == 0]
minority = hotel[hotel.negative == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=SEED)
balanced = pd.concat([majority, minority_up]).sample(frac=1.0, random_state=SEED).reset_index(drop=True)
print("after upsampling:", balanced.negative.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(
    balanced["text"], balanced["negative"], test_size=0.2, stratify=balanced["negative"], random_state=SEED
)

pipelines = {
    "dummy (stratified)": make_pipeline(
        TfidfVectorizer(max_features=5000), DummyClassifier(strategy="stratified", random_state=SEED)
    ),
    "tfidf uni + logreg": make_pipeline(
        TfidfVectorizer(ngram_range=(1, 1), min_df=2, sublinear_tf=True),
        LogisticRegression(C=2.0, max_iter=2000),
    ),
    "tfidf uni/bi + logreg": make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=80000),
        LogisticRegression(C=2.0, max_iter=2000),
    ),
}

summary = {}
for name, pipe in pipelines.items():
    pipe.fit(X_train, y_train)
    pred = pipe.predict(X_test)
    proba = pipe.predict_proba(X_test)[:, 1]
    summary[name] = {
        "f1_negative": f1_score(y_test, pred),
        "balanced_acc": balanced_accuracy_score(y_test, pred),
        "roc_auc": roc_auc_score(y_test, proba),
    }
    print(f"\n== {name} ==")
    print(classification_report(y_test, pred, digits=3))

print(pd.DataFrame(summary).T.round(4))

final = pipelines["tfidf uni/bi + logreg"]
lr = final.named_steps["logisticregression"]
vocab = final.named_steps["tfidfvectorizer"].get_feature_names_out()
top_neg = sorted(zip(lr.coef_[0], vocab), reverse=True)[:25]
print("\nstrongest negative-review terms:")
for w, t in top_neg:
    print(f"  {t:25s} {w:+.3f}")
