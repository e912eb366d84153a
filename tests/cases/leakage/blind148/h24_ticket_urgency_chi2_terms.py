# Ticket urgency -- bag of words with chi2 term selection
#
# The raw vocabulary is huge (typos, ticket numbers, signatures), so I keep the
# 5000 terms most associated with urgency and fit a logistic regression on them.
import re
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

TICKET_NO = re.compile(r"#?\b\d{5,}\b")
EMAIL = re.compile(r"\S+@\S+")


def clean(s):
    s = s.lower()
    s = TICKET_NO.sub(" ticketno ", s)
    s = EMAIL.sub(" email ", s)
    return s


df = pd.read_csv("train.csv")
df["text"] = (df["subject"].fillna("") + " " + df["body"].fillna("")).map(clean)
y = df["is_urgent"].values

bow = CountVectorizer(ngram_range=(1, 2), min_df=2, binary=True)
X_all = bow.fit_transform(df["text"])
print("vocabulary:", X_all.shape[1])

selector = SelectKBest(chi2, k=5000)
X_sel = selector.fit_transform(X_all, y)
terms = bow.get_feature_names_out()[selector.get_support()]
print("top urgent terms:", terms[np.argsort(selector.scores_[selector.get_support()])[-20:]])

X_tr, X_te, y_tr, y_te = train_test_split(X_sel, y, test_size=0.2, stratify=y, random_state=13)

logit = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000)
logit.fit(X_tr, y_tr)
scores = logit.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("DummyClassifier AP: %.3f" % average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]))
print("LogReg          AP: %.3f  ROC-AUC: %.3f" % (average_precision_score(y_te, scores),
                                                   roc_auc_score(y_te, scores)))

prec, rec, thr = precision_recall_curve(y_te, scores)
ok = np.where(prec[:-1] >= 0.6)[0]
if len(ok):
    print("recall at precision>=0.6: %.3f" % rec[ok[0]])

test = pd.read_csv("test.csv")
test["text"] = (test["subject"].fillna("") + " " + test["body"].fillna("")).map(clean)
logit.fit(X_sel, y)
X_test = selector.transform(bow.transform(test["text"]))
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": logit.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
