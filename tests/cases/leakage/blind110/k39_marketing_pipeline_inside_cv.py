"""Response model for the quarterly catalogue — model comparison for the decision memo.

Catalogue piece $2.10, responder margin $31 → mail when P(response) > 6.8%.
Three model families are compared with 10-fold CV, each as one pipeline with imputation,
scaling and encoding. The profit figure uses out-of-fold predictions.
"""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

PIECE_COST, MARGIN = 2.10, 31.0

data = pd.read_csv("campaign_history.csv")
print(data.shape, "response rate", round(data["responded"].mean(), 4))

numeric = ["age", "tenure_days", "recency_days", "frequency_12m", "monetary_12m", "email_opens_90d",
           "email_clicks_90d", "avg_basket", "discount_sensitivity", "has_app"]
categorical = ["segment", "channel_pref", "region"]
X = data[numeric + categorical]
y = data["responded"].values

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore", drop="first"), categorical),
])
models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logistic": LogisticRegression(max_iter=3000, C=0.5),
    "knn": KNeighborsClassifier(n_neighbors=150, weights="distance"),
    "forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=25, n_jobs=-1, random_state=99),
}
cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=99)
oof, rows = {}, []
for name, m in models.items():
    pipe = Pipeline([("prep", prep), ("model", m)])
    oof[name] = cross_val_predict(pipe, X, y, cv=cv, method="predict_proba")[:, 1]
    rows.append({"model": name, "auc": roc_auc_score(y, oof[name]), "ap": average_precision_score(y, oof[name]),
                 "brier": brier_score_loss(y, oof[name])})
table = pd.DataFrame(rows).set_index("model").round(4)
print(table)

best = table.drop("dummy")["ap"].idxmax()
p = oof[best]
mail = p > PIECE_COST / MARGIN
print(f"\n{best}: mail {mail.mean():.1%}; out-of-fold profit ${MARGIN * y[mail].sum() - PIECE_COST * mail.sum():,.0f} "
      f"vs mail-all ${MARGIN * y.sum() - PIECE_COST * len(y):,.0f}")

order = np.argsort(-p)
dec = pd.DataFrame({"y": y[order], "decile": np.arange(len(y)) * 10 // len(y) + 1})
gt = dec.groupby("decile")["y"].agg(["size", "sum", "mean"])
gt["lift"] = gt["mean"] / y.mean()
gt["cum_capture"] = gt["sum"].cumsum() / gt["sum"].sum()
print(gt.round(3))

rng = np.random.default_rng(99)
boot = []
for _ in range(500):
    i = rng.integers(0, len(y), len(y))
    m_i = p[i] > PIECE_COST / MARGIN
    boot.append(MARGIN * y[i][m_i].sum() - PIECE_COST * m_i.sum())
print("profit 90% interval:", np.percentile(boot, [5, 95]).round(0))
