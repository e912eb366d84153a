"""
Fraud take-home.

Plan
  1. derive candidate features (row-wise transforms only)
  2. keep the candidates whose correlation with is_fraud is meaningful
     (|r| >= 0.03) and drop one of each pair correlated above 0.8
  3. logistic regression (statsmodels) on a stratified 70/30 split
  4. compare with a "predict the base rate" baseline
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def candidates(d: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=d.index)
    out["log_amount"] = np.log1p(d["amount"])
    out["amount_round"] = (d["amount"] % 1 == 0).astype(int)
    out["night"] = d["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    out["hour"] = d["hour"]
    out["card_present"] = d["card_present"]
    out["log_distance"] = np.log1p(d["distance_from_home_km"])
    out["far_from_home"] = (d["distance_from_home_km"] > 100).astype(int)
    out["txn_count_24h"] = d["txn_count_24h"]
    out["burst"] = (d["txn_count_24h"] >= 5).astype(int)
    out["country_mismatch"] = d["country_mismatch"]
    out["new_card"] = (d["card_age_days"] < 30).astype(int)
    out["log_card_age"] = np.log1p(d["card_age_days"])
    out["cnp_abroad"] = ((d["card_present"] == 0) & (d["country_mismatch"] == 1)).astype(int)
    return out.join(pd.get_dummies(d["merchant_category"], prefix="mcc", dtype=int))


C = candidates(df)
C_test = candidates(test).reindex(columns=C.columns, fill_value=0)
y = df["is_fraud"]

# ---- 2. correlation screen ----------------------------------------------------
r = C.corrwith(y).rename("r_with_fraud")
screen = r.to_frame().assign(abs_r=r.abs()).sort_values("abs_r", ascending=False)
print(screen.round(4).to_string())
kept = screen.index[screen["abs_r"] >= 0.03].tolist()

corr = C[kept].corr().abs()
drop = set()
for i, a in enumerate(kept):
    for b in kept[i + 1:]:
        if a not in drop and b not in drop and corr.loc[a, b] > 0.8:
            drop.add(b)  # keep the one more correlated with fraud (listed first)
kept = [k for k in kept if k not in drop]
print("kept:", kept)

# ---- 3. model ---------------------------------------------------------------
X = sm.add_constant(C[kept].astype(float))
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.3, stratify=y, random_state=21)
res = sm.Logit(y_tr, X_tr).fit(disp=0)
print(res.summary2().tables[1].round(4))

p = res.predict(X_va)
base = np.full(len(y_va), y_tr.mean())
print("\n              ROC AUC   PR AUC")
print(f"base rate     {roc_auc_score(y_va, base):.4f}    {average_precision_score(y_va, base):.4f}")
print(f"logit         {roc_auc_score(y_va, p):.4f}    {average_precision_score(y_va, p):.4f}")

# ---- predictions --------------------------------------------------------------
res_all = sm.Logit(y, X).fit(disp=0)
X_test = sm.add_constant(C_test[kept].astype(float), has_constant="add")
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": res_all.predict(X_test)}).to_csv(
    "predictions.csv", index=False)
