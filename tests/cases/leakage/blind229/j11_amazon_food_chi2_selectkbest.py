# Amazon Fine Food Reviews -> positive / negative
# Score 4-5 = positive, 1-2 = negative, 3 dropped.
import sqlite3

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, precision_recall_curve, average_precision_score

con = sqlite3.connect("../input/amazon-fine-food-reviews/database.sqlite")
reviews = pd.read_sql_query(
    "SELECT Id, ProductId, UserId, Score, Time, Summary, Text FROM Reviews WHERE Score != 3", con
)
con.close()

# the same review text is often posted for several product variants
reviews = reviews.drop_duplicates(subset=["UserId", "Time", "Text"], keep="first")
reviews["positive"] = (reviews["Score"] > 3).astype(int)
print(reviews.shape, reviews.positive.mean().round(3))

reviews["doc"] = (reviews["Summary"].fillna("") + " . " + reviews["Text"]).str.lower()
reviews["doc"] = reviews["doc"].str.replace(r"<br\s*/?>", " ", regex=True)
reviews["doc"] = reviews["doc"].str.replace(r"[^a-z' ]", " ", regex=True)

# keep it manageable on a laptop
reviews = reviews.sample(120_000, random_state=3).reset_index(drop=True)

vectorizer = TfidfVectorizer(ngram_range=(1, 3), min_df=5, sublinear_tf=True, stop_words=None)
X_full = vectorizer.fit_transform(reviews["doc"])
y_full = reviews["positive"].values
print("vocabulary size:", X_full.shape[1])

K = 20000
kbest = SelectKBest(chi2, k=K)
X_sel = kbest.fit_transform(X_full, y_full)
kept_terms = np.array(vectorizer.get_feature_names_out())[kbest.get_support()]
print("kept", X_sel.shape[1], "terms, e.g.", kept_terms[:10])

chi_scores = pd.Series(kbest.scores_, index=vectorizer.get_feature_names_out()).sort_values(ascending=False)
print(chi_scores.head(30))

X_tr, X_te, y_tr, y_te = train_test_split(X_sel, y_full, test_size=0.2, stratify=y_full, random_state=11)


def evaluate(model, name):
    model.fit(X_tr, y_tr)
    proba = model.predict_proba(X_te)[:, 1]
    pred = (proba >= 0.5).astype(int)
    out = {
        "model": name,
        "roc_auc": roc_auc_score(y_te, proba),
        "avg_precision_neg": average_precision_score(1 - y_te, 1 - proba),
        "f1_neg": f1_score(y_te, pred, pos_label=0),
        "f1_pos": f1_score(y_te, pred, pos_label=1),
    }
    return out, proba


results = []
probas = {}
for name, model in [
    ("logreg_C1", LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced")),
    ("logreg_C10", LogisticRegression(C=10.0, max_iter=1000, class_weight="balanced")),
    ("complement_nb", ComplementNB(alpha=0.5)),
]:
    r, p = evaluate(model, name)
    results.append(r)
    probas[name] = p

print(pd.DataFrame(results).round(4).to_string(index=False))

# PR curve for the negative class, which is what the product team cares about
plt.figure(figsize=(6, 5))
for name, p in probas.items():
    prec, rec, _ = precision_recall_curve(1 - y_te, 1 - p)
    plt.plot(rec, prec, label=name)
plt.xlabel("recall (negative reviews)")
plt.ylabel("precision")
plt.legend()
plt.savefig("pr_negative.png", dpi=110)
