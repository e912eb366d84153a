"""Response model for the quarterly catalogue — model comparison for the decision memo.

The catalogue costs $2.10 per piece and a responder brings $31 margin, so we mail when
P(response) > 6.8%. This script compares three model families with 10-fold CV and
reports the profit of the winning model at the break-even rule.
"""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

PIECE_COST, MARGIN = 2.10, 31.0

data = pd.read_csv("campaign_history.csv")
print(data.shape, "response rate", round(data["responded"].mean(), 4))
print(data.isna().sum()[data.isna().sum() > 0])

numeric = ["age", "tenure_days", "recency_days", "frequency_12m", "monetary_12m", "email_opens_90d",
           "email_clicks_90d", "avg_basket", "discount_sensitivity", "has_app"]
dummies = pd.get_dummies(data[["segment", "channel_pref", "region"]], drop_first=True, dtype=float)

num_block = SimpleImputer(strategy="median").fit_transform(data[numeric])
num_block = StandardScaler().fit_transform(num_block)
X = np.hstack([num_block, dummies.values])
y = data["responded"].values

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=99)
models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logistic": LogisticRegression(max_iter=3000, C=0.5),
    "knn": KNeighborsClassifier(n_neighbors=150, weights="distance"),
    "forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=25, n_jobs=-1, random_state=99),
}
oof = {}
rows = []
for name, m in models.items():
    oof[name] = cross_val_predict(m, X, y, cv=cv, method="predict_proba")[:, 1]
    rows.append({"model": name, "auc": roc_auc_score(y, oof[name]), "ap": average_precision_score(y, oof[name]),
                 "brier": brier_score_loss(y, oof[name])})
table = pd.DataFrame(rows).set_index("model").round(4)
print(table)

best = table.drop("dummy")["ap"].idxmax()
p = oof[best]
mail = p > PIECE_COST / MARGIN
profit = MARGIN * y[mail].sum() - PIECE_COST * mail.sum()
profit_all = MARGIN * y.sum() - PIECE_COST * len(y)
print(f"\n{best}: mail {mail.mean():.1%} of customers; out-of-fold profit ${profit:,.0f} vs mail-all ${profit_all:,.0f}")

order = np.argsort(-p)
dec = pd.DataFrame({"y": y[order], "decile": np.arange(len(y)) * 10 // len(y) + 1})
gt = dec.groupby("decile")["y"].agg(["size", "sum", "mean"])
gt["lift"] = gt["mean"] / y.mean()
print(gt.round(3))
