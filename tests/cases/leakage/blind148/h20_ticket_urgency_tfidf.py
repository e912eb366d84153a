"""Support ticket triage: flag urgent tickets.

TF-IDF over all the free text of a ticket + one-hot metadata, logistic regression
with class weights. Evaluated on a stratified 25% holdout against a
prior-only dummy classifier.
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TEXT_FIELDS = ["subject", "body", "resolution_notes"]
META = ["channel", "customer_tier", "product_area"]


def ticket_text(frame):
    parts = [frame[c].fillna("") for c in TEXT_FIELDS]
    out = parts[0]
    for p in parts[1:]:
        out = out + " \n " + p
    return out.str.lower()


tickets = pd.read_csv("train.csv")
tickets["all_text"] = ticket_text(tickets)
print(tickets["is_urgent"].mean(), len(tickets))
print(tickets.groupby("channel")["is_urgent"].mean())

X = tickets[["all_text", "num_attachments"] + META]
y = tickets["is_urgent"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)

features = ColumnTransformer([
    ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=60000, sublinear_tf=True), "all_text"),
    ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=5, max_features=40000), "all_text"),
    ("meta", OneHotEncoder(handle_unknown="ignore"), META),
    ("att", "passthrough", ["num_attachments"]),
])
clf = Pipeline([("features", features),
                ("lr", LogisticRegression(C=2.0, class_weight="balanced", max_iter=3000))])
clf.fit(X_tr, y_tr)
proba = clf.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]

print("dummy  AP=%.3f  ROC-AUC=%.3f" % (average_precision_score(y_te, p_dummy), roc_auc_score(y_te, p_dummy)))
print("model  AP=%.3f  ROC-AUC=%.3f" % (average_precision_score(y_te, proba), roc_auc_score(y_te, proba)))
print(classification_report(y_te, (proba >= 0.5).astype(int), digits=3))

test = pd.read_csv("test.csv")
test["all_text"] = ticket_text(test)
clf.fit(X, y)
pd.DataFrame({"ticket_id": test["ticket_id"],
              "prediction": clf.predict_proba(test[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
