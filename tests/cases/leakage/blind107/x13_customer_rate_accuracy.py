import pandas as pd
import numpy as np
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv")

# --- quick look ---
print(df.shape)
print(df.isna().mean().round(3).sort_values(ascending=False).head(8))
print(df["escalated"].value_counts(normalize=True).round(3))
print(df.groupby("channel")["escalated"].agg(["mean", "size"]).round(3))
print(df.groupby("customer_tier")["escalated"].agg(["mean", "size"]).round(3))
per_customer = df.groupby("customer_id").size()
print("tickets per customer:", per_customer.describe().round(2).to_dict())
print("customers with 5+ tickets:", (per_customer >= 5).sum())
body_len = df["body"].fillna("").str.len()
print(body_len.groupby(df["escalated"]).median())

df["text"] = df["subject"].fillna("") + " " + df["body"].fillna("")
df["n_attachments"] = df["n_attachments"].fillna(0)

# customers who escalate a lot tend to escalate again
df["cust_escalation_rate"] = df.groupby("customer_id")["escalated"].transform("mean")

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1)
tr, te = next(gss.split(df, df["escalated"], groups=df["customer_id"]))
train, test = df.iloc[tr], df.iloc[te]

vec = TfidfVectorizer(max_features=20000, ngram_range=(1, 2), stop_words="english")
Xtr_txt = vec.fit_transform(train["text"])
Xte_txt = vec.transform(test["text"])
num = ["cust_escalation_rate", "n_attachments"]
Xtr = hstack([Xtr_txt, csr_matrix(train[num].values)]).tocsr()
Xte = hstack([Xte_txt, csr_matrix(test[num].values)]).tocsr()

clf = LogisticRegression(max_iter=1000)
clf.fit(Xtr, train["escalated"])

majority = train["escalated"].mode()[0]
print("majority class baseline accuracy:", accuracy_score(test["escalated"], np.full(len(test), majority)))
print("model accuracy:", accuracy_score(test["escalated"], clf.predict(Xte)))
