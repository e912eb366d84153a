# Give Me Some Credit - classic WoE / logistic regression scorecard
# target: SeriousDlqin2yrs (90+ days past due within two years)

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, roc_curve

TARGET = "SeriousDlqin2yrs"
N_BINS = 10

data = pd.read_csv("cs-training.csv", index_col=0)
print(data.shape)
print(data[TARGET].mean())

# light cleaning, row-wise only
data = data[data["age"] > 0]
for c in ["NumberOfTime30-59DaysPastDueNotWorse",
          "NumberOfTime60-89DaysPastDueNotWorse",
          "NumberOfTimes90DaysLate"]:
    data[c] = data[c].clip(upper=20)

features = [c for c in data.columns if c != TARGET]

train, test = train_test_split(
    data, test_size=0.3, stratify=data[TARGET], random_state=2024
)


def fit_bins(series, n_bins=N_BINS):
    """Equal-frequency bin edges learned on the training sample."""
    _, edges = pd.qcut(series, q=n_bins, duplicates="drop", retbins=True)
    edges[0], edges[-1] = -np.inf, np.inf
    return edges


def apply_bins(series, edges):
    binned = pd.cut(series, bins=edges).astype(str)
    binned[series.isna()] = "Missing"
    return binned


def woe_table(binned, target):
    t = pd.crosstab(binned, target)
    t.columns = ["good", "bad"]
    t = t + 0.5  # avoid division by zero
    t["dist_good"] = t["good"] / t["good"].sum()
    t["dist_bad"] = t["bad"] / t["bad"].sum()
    t["woe"] = np.log(t["dist_good"] / t["dist_bad"])
    t["iv"] = (t["dist_good"] - t["dist_bad"]) * t["woe"]
    return t


X_train = pd.DataFrame(index=train.index)
X_test = pd.DataFrame(index=test.index)
iv_summary = {}
for col in features:
    edges = fit_bins(train[col])
    b_train = apply_bins(train[col], edges)
    b_test = apply_bins(test[col], edges)
    table = woe_table(b_train, train[TARGET])
    iv_summary[col] = table["iv"].sum()
    X_train[col + "_woe"] = b_train.map(table["woe"])
    # bins never seen in training get a neutral WoE of 0
    X_test[col + "_woe"] = b_test.map(table["woe"]).fillna(0.0)

print(pd.Series(iv_summary).sort_values(ascending=False))

y_train = train[TARGET]
y_test = test[TARGET]

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline AUC:", roc_auc_score(y_test, baseline.predict_proba(X_test)[:, 1]))

lr = LogisticRegression(max_iter=1000)
lr.fit(X_train, y_train)
p = lr.predict_proba(X_test)[:, 1]

auc = roc_auc_score(y_test, p)
fpr, tpr, _ = roc_curve(y_test, p)
ks = np.max(tpr - fpr)
print(f"AUC  = {auc:.4f}")
print(f"Gini = {2 * auc - 1:.4f}")
print(f"KS   = {ks:.4f}")

# scorecard points: base 600, PDO 20, odds 50:1
factor = 20 / np.log(2)
offset = 600 - factor * np.log(50)
scores = offset - factor * (lr.intercept_[0] + X_test.values @ lr.coef_[0])
print(pd.Series(scores).describe())
