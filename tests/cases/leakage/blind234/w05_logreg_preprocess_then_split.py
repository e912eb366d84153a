"""
Conversion model -- interpretable logistic regression.

The business asked for something they can read, so: one-hot + scaled numeric
features into an L2 logistic regression.  Evaluation is out-of-time on
visitors who first appear after the cut-off date.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 11
CUTOFF = "2023-10-15"

NUMERIC = [
    "pages_viewed", "product_views", "search_count", "cart_adds",
    "session_duration_sec", "discount_banner_seen", "is_logged_in",
    "prior_sessions", "hours_since_prior",
]
CATEGORICAL = ["device", "traffic_source", "country", "landing_page_type"]


def prepare(raw: pd.DataFrame) -> pd.DataFrame:
    d = raw.copy()
    d["session_ts"] = pd.to_datetime(d["session_ts"])
    d = d.sort_values(["visitor_id", "session_ts"])
    d["prior_sessions"] = d.groupby("visitor_id").cumcount()
    d["hours_since_prior"] = (
        d.groupby("visitor_id")["session_ts"].diff().dt.total_seconds() / 3600
    )
    # heavy right tails
    for col in ["session_duration_sec", "pages_viewed", "product_views"]:
        d[col] = np.log1p(d[col].clip(lower=0))
    return d


def evaluate(label, y_true, proba):
    out = {
        "model": label,
        "auc": roc_auc_score(y_true, proba),
        "avg_precision": average_precision_score(y_true, proba),
        "brier": brier_score_loss(y_true, proba),
    }
    print("{model:<22} auc={auc:.4f} ap={avg_precision:.4f} brier={brier:.5f}".format(**out))
    return out


sessions = prepare(pd.read_csv("train.csv"))
y = sessions["purchased"].to_numpy()

preprocess = ColumnTransformer(
    [
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
        ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                              OneHotEncoder(handle_unknown="ignore", min_frequency=50)), CATEGORICAL),
    ]
)
X = preprocess.fit_transform(sessions)
feature_names = preprocess.get_feature_names_out()
print("design matrix:", X.shape)

# --- out-of-time split, new visitors only on the evaluation side ---------------
ts = sessions["session_ts"].to_numpy()
is_early = ts < np.datetime64(CUTOFF)
early_visitors = sessions.loc[is_early, "visitor_id"].unique()
is_eval = (~is_early) & (~sessions["visitor_id"].isin(early_visitors).to_numpy())

X_tr, y_tr = X[is_early], y[is_early]
X_ev, y_ev = X[is_eval], y[is_eval]
print(f"train rows={X_tr.shape[0]}  eval rows={X_ev.shape[0]}  eval rate={y_ev.mean():.4f}")

results = []

# simple rule the marketing team already uses: "anyone who added to cart"
rule_score = sessions.loc[is_eval, "cart_adds"].to_numpy()
results.append(evaluate("baseline: cart_adds", y_ev, rule_score))

C = 1.0
logreg = LogisticRegression(C=C, max_iter=2000, class_weight=None, random_state=SEED)
logreg.fit(X_tr, y_tr)
results.append(evaluate(f"logreg C={C}", y_ev, logreg.predict_proba(X_ev)[:, 1]))

print(pd.DataFrame(results).round(4).to_string(index=False))

# coefficients for the write-up
coefs = pd.Series(logreg.coef_[0], index=feature_names).sort_values()
print("\nmost negative:\n", coefs.head(8).round(3))
print("\nmost positive:\n", coefs.tail(8).round(3))

# calibration by decile on the evaluation rows
p_ev = logreg.predict_proba(X_ev)[:, 1]
cal = pd.DataFrame({"p": p_ev, "y": y_ev})
cal["bin"] = pd.qcut(cal["p"].rank(method="first"), 10, labels=False)
print(cal.groupby("bin").agg(mean_p=("p", "mean"), rate=("y", "mean"), n=("y", "size")).round(4))
