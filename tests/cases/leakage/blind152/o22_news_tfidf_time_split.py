"""News topic classification (take-home).

Headline + body -> topic. TF-IDF + logistic regression, macro-F1 on a holdout.
The model will classify articles published after the training window, so the
holdout is the most recent ~20% of articles by publish_date.
"""
import json
import logging

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("news")

articles = pd.read_csv("train.csv", parse_dates=["publish_date"])
log.info("loaded %d articles from %s to %s", len(articles),
         articles["publish_date"].min().date(), articles["publish_date"].max().date())
log.info("topics:\n%s", articles["topic"].value_counts().to_string())

articles["headline"] = articles["headline"].fillna("")
articles["body"] = articles["body"].fillna("")
articles["source"] = articles["source"].fillna("unknown")

articles = articles.sort_values("publish_date").reset_index(drop=True)
cutoff = articles["publish_date"].quantile(0.8)
train_part = articles[articles["publish_date"] < cutoff]
test_part = articles[articles["publish_date"] >= cutoff]
log.info("train: up to %s (%d) | test: from %s (%d)", train_part["publish_date"].max().date(),
         len(train_part), test_part["publish_date"].min().date(), len(test_part))

cols = ["headline", "body", "source"]
X_train, y_train = train_part[cols], train_part["topic"]
X_test, y_test = test_part[cols], test_part["topic"]

features = ColumnTransformer(
    [
        ("headline", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True), "headline"),
        ("body", TfidfVectorizer(min_df=5, max_df=0.8, max_features=100000,
                                 sublinear_tf=True, stop_words="english"), "body"),
        ("source", OneHotEncoder(handle_unknown="ignore"), ["source"]),
    ]
)
pipe = Pipeline([("features", features),
                 ("clf", LogisticRegression(max_iter=3000, C=3.0, class_weight="balanced"))])
pipe.fit(X_train, y_train)
pred = pipe.predict(X_test)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
scores = {
    "baseline_f1_macro": f1_score(y_test, dummy.predict(X_test), average="macro"),
    "f1_macro": f1_score(y_test, pred, average="macro"),
    "f1_weighted": f1_score(y_test, pred, average="weighted"),
}
log.info(json.dumps({k: round(v, 4) for k, v in scores.items()}, indent=2))
log.info("\n%s", classification_report(y_test, pred, digits=3))

sub = pd.read_csv("test.csv")
sub["headline"] = sub["headline"].fillna("")
sub["body"] = sub["body"].fillna("")
sub["source"] = sub["source"].fillna("unknown")
pipe.fit(articles[cols], articles["topic"])
pd.DataFrame({"article_id": sub["article_id"], "prediction": pipe.predict(sub[cols])}) \
    .to_csv("predictions.csv", index=False)
