# Email spam filter built from a hand-picked keyword list.
# emails.csv: text, spam (0/1)   (Kaggle "Spam email dataset")
import re
from collections import Counter

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

emails = pd.read_csv("emails.csv")
emails["text"] = emails["text"].str.replace(r"^Subject:\s*", "", regex=True).str.lower()
print(emails.shape, "spam share:", emails["spam"].mean().round(3))

TOKEN = re.compile(r"[a-z]{3,}")


def tokens(s):
    return set(TOKEN.findall(s))


# how often each word shows up in spam vs ham
spam_counts, ham_counts = Counter(), Counter()
for text, label in zip(emails["text"], emails["spam"]):
    (spam_counts if label == 1 else ham_counts).update(tokens(text))

stats = pd.DataFrame({"spam": pd.Series(spam_counts), "ham": pd.Series(ham_counts)}).fillna(0)
stats["total"] = stats["spam"] + stats["ham"]
stats = stats[stats["total"] >= 15]
stats["spam_ratio"] = stats["spam"] / stats["total"]

# keep the words that are strongly one-sided either way
keywords = stats[(stats["spam_ratio"] > 0.9) | (stats["spam_ratio"] < 0.05)]
keywords = keywords.sort_values("total", ascending=False).head(300).index.tolist()
print(len(keywords), "keywords, e.g.", keywords[:15])

# binary presence features + a few shape features
feat = pd.DataFrame(index=emails.index)
for w in keywords:
    feat[f"kw_{w}"] = emails["text"].str.contains(rf"\b{w}\b", regex=True).astype(np.int8)
feat["n_chars"] = emails["text"].str.len()
feat["n_links"] = emails["text"].str.count("http")
feat["n_dollar"] = emails["text"].str.count(r"\$")
feat["n_exclaim"] = emails["text"].str.count("!")
feat[["n_chars", "n_links", "n_dollar", "n_exclaim"]] = np.log1p(
    feat[["n_chars", "n_links", "n_dollar", "n_exclaim"]])

X_train, X_test, y_train, y_test = train_test_split(
    feat, emails["spam"], test_size=0.3, random_state=5, stratify=emails["spam"])

clf = LogisticRegression(max_iter=3000, C=0.5)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)

print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("F1     :", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred, digits=4))

weights = pd.Series(clf.coef_[0], index=feat.columns).sort_values()
print("strongest ham words:\n", weights.head(10))
print("strongest spam words:\n", weights.tail(10))
