"""Bank marketing (bank-additional-full.csv).

The UCI page says the rows are ordered by date, May 2008 to November 2010,
but there is no year column. I rebuild an approximate contact date from the
month sequence so I can look at how the campaign evolved over time.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("bank-additional-full.csv", sep=";")

month_num = df["month"].map({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
                             "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12})
year = 2008 + (month_num.diff() < 0).cumsum()
df["contact_date"] = pd.to_datetime(dict(year=year, month=month_num, day=1))
df = df.sort_values("contact_date", kind="stable").reset_index(drop=True)

monthly = df.groupby("contact_date")["y"].apply(lambda s: (s == "yes").mean())
monthly.plot(marker="o", title="subscription rate per month")
plt.show()
print(df.groupby(df["contact_date"].dt.year).size())

# duration is only known after the call ends -> not usable
df = df.drop(columns=["duration"])
df["y"] = (df["y"] == "yes").astype(int)
df["prev_contacted"] = (df["pdays"] != 999).astype(int)
df["month_idx"] = (df["contact_date"].dt.year - 2008) * 12 + df["contact_date"].dt.month

features = df.drop(columns=["y", "contact_date", "month"])
X = pd.get_dummies(features, drop_first=True)
y = df["y"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)

models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=5),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=5)
for name, m in models.items():
    cv_auc = cross_val_score(m, X_train, y_train, cv=cv, scoring="roc_auc")
    m.fit(X_train, y_train)
    p = m.predict_proba(X_test)[:, 1]
    print(f"{name:6s} cv auc={cv_auc.mean():.3f}  test auc={roc_auc_score(y_test, p):.3f}  test ap={average_precision_score(y_test, p):.3f}")
