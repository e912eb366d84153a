"""Select the most churn-associated ticket terms with chi2, then fit a linear model."""
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.preprocessing import MinMaxScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
NUMS = ["tenure_months", "monthly_charges", "num_support_tickets", "data_usage_gb",
        "days_since_last_login"]

data = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
data["last_ticket_text"] = data["last_ticket_text"].fillna("").str.lower()


def split_by_month(frame, cutoff):
    before = frame[frame["snapshot_month"] < cutoff]
    after = frame[frame["snapshot_month"] >= cutoff]
    after = after[~after["customer_id"].isin(before["customer_id"].unique())]
    return before, after


train, test = split_by_month(data, pd.Timestamp("2023-09-01"))
print(f"train {len(train)} rows, {train.customer_id.nunique()} customers; "
      f"test {len(test)} rows, {test.customer_id.nunique()} customers")

counts = CountVectorizer(min_df=5, ngram_range=(1, 2), binary=True)
Xtr_txt = counts.fit_transform(train["last_ticket_text"])
Xte_txt = counts.transform(test["last_ticket_text"])

picker = SelectKBest(chi2, k=min(500, Xtr_txt.shape[1]))
Xtr_txt = picker.fit_transform(Xtr_txt, train[TARGET])
Xte_txt = picker.transform(Xte_txt)
kept_terms = counts.get_feature_names_out()[picker.get_support()]
print("sample of kept terms:", list(kept_terms[:25]))

mm = MinMaxScaler().fit(train[NUMS])
Xtr = hstack([Xtr_txt, csr_matrix(mm.transform(train[NUMS]))]).tocsr()
Xte = hstack([Xte_txt, csr_matrix(mm.transform(test[NUMS]))]).tocsr()

lr = LogisticRegression(C=0.8, penalty="l2", class_weight="balanced", max_iter=5000)
lr.fit(Xtr, train[TARGET])
score = lr.predict_proba(Xte)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(Xtr, train[TARGET])
dscore = dummy.predict_proba(Xte)[:, 1]

summary = pd.DataFrame(
    {"roc_auc": [roc_auc_score(test[TARGET], score), roc_auc_score(test[TARGET], dscore)],
     "pr_auc": [average_precision_score(test[TARGET], score),
                average_precision_score(test[TARGET], dscore)]},
    index=["chi2 + logreg", "dummy prior"],
)
print(summary.round(4))
