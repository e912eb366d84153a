# Loan default take-home: rolling-origin backtest with LightGBM
# target: default_next_3m (loan-month panel)
#
# Backtest: 4 quarterly origins. For each origin the model is trained on all
# months before the origin and evaluated on the following quarter, on loans
# that were not yet on the books at the origin (the hidden test set is new
# originations, so this mimics it).

import warnings
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import roc_auc_score, average_precision_score

warnings.filterwarnings("ignore")

TARGET = "default_next_3m"
ID = "loan_month_id"
EXCLUDE = {ID, "loan_id", "as_of_month", "orig_date", TARGET, "charge_off_amount", "collections_stage"}
N_KEEP = 25
ORIGINS = ["2021-10-01", "2022-01-01", "2022-04-01", "2022-07-01"]

lgb_params = dict(n_estimators=400, learning_rate=0.05, num_leaves=31,
                  min_child_samples=100, subsample=0.8, subsample_freq=1,
                  colsample_bytree=0.8, reg_lambda=1.0, verbose=-1)


def build_features(df):
    df = df.sort_values(["loan_id", "as_of_month"]).copy()
    g = df.groupby("loan_id")
    for lag in (1, 2, 3):
        df[f"dpd_l{lag}"] = g["dpd"].shift(lag)
        df[f"pay_l{lag}"] = g["payment_amount"].shift(lag)
    df["bal_drop_3m"] = df["balance"] - g["balance"].shift(3)
    df["late_cnt_past"] = g["n_late_30"].shift(1).fillna(0)
    df["util_ma3"] = g["utilization"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    df["mob"] = (df["as_of_month"].dt.year - df["orig_date"].dt.year) * 12 + \
        (df["as_of_month"].dt.month - df["orig_date"].dt.month)
    df["rate_x_dti"] = df["interest_rate"] * df["dti"]
    df["inc_to_loan"] = df["annual_income"] / df["loan_amount"]
    df["grade"] = df["grade"].map({g: i for i, g in enumerate("ABCDEFG")})
    df = pd.get_dummies(df, columns=["purpose", "home_ownership"], dtype=float)
    return df.drop(columns=["state", "verification_status"])


raw = pd.read_csv("train.csv", parse_dates=["as_of_month", "orig_date"])
dev = build_features(raw)
candidate_cols = [c for c in dev.columns if c not in EXCLUDE]
print(f"{len(dev):,} loan-months, {dev.loan_id.nunique():,} loans, {len(candidate_cols)} candidate features")



def select_features(frame, cols, k=N_KEEP):
    """mutual-information filter, fitted on whatever frame is passed in"""
    sel = SelectKBest(mutual_info_classif, k=k)
    sel.fit(frame[cols].fillna(-999), frame[TARGET])
    return list(np.array(cols)[sel.get_support()])


def origin_split(df, origin, horizon_months=3):
    origin = pd.Timestamp(origin)
    end = origin + pd.DateOffset(months=horizon_months)
    fit_part = df[df["as_of_month"] < origin]
    ev = df[(df["as_of_month"] >= origin) & (df["as_of_month"] < end)]
    ev = ev[~ev["loan_id"].isin(fit_part["loan_id"])]
    return fit_part, ev


rows = []
for origin in ORIGINS:
    fit_part, ev = origin_split(dev, origin)
    if ev[TARGET].nunique() < 2:
        print("skip", origin)
        continue
    selected = select_features(fit_part, candidate_cols)
    print(origin, "selected:", selected)
    clf = lgb.LGBMClassifier(**lgb_params)
    clf.fit(fit_part[selected], fit_part[TARGET])
    p = clf.predict_proba(ev[selected])[:, 1]
    rows.append({
        "origin": origin,
        "n_fit": len(fit_part),
        "n_eval": len(ev),
        "eval_rate": ev[TARGET].mean(),
        "auc": roc_auc_score(ev[TARGET], p),
        "ap": average_precision_score(ev[TARGET], p),
        # baseline: rank loans by how late they currently are
        "baseline_dpd_auc": roc_auc_score(ev[TARGET], ev["dpd"].fillna(0)),
    })
    print(rows[-1])

bt = pd.DataFrame(rows)
print(bt.to_string(index=False))
print("mean AUC %.4f (+/- %.4f)  vs dpd baseline %.4f" %
      (bt.auc.mean(), bt.auc.std(), bt.baseline_dpd_auc.mean()))
print("mean AP  %.4f" % bt.ap.mean())

# final model on all development months, scored on the hidden file
hidden = pd.read_csv("test.csv", parse_dates=["as_of_month", "orig_date"])
hist = pd.concat([raw[hidden.columns], hidden], ignore_index=True)
hidden_f = build_features(hist)
hidden_f = hidden_f[hidden_f[ID].isin(hidden[ID])]
selected = select_features(dev, candidate_cols)
for c in selected:
    if c not in hidden_f.columns:
        hidden_f[c] = 0.0
final = lgb.LGBMClassifier(**lgb_params).fit(dev[selected], dev[TARGET])
pd.DataFrame({ID: hidden_f[ID], "prediction": final.predict_proba(hidden_f[selected])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
