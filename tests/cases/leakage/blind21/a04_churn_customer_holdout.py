"""Churn model evaluated on customers never seen during estimation."""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, brier_score_loss, log_loss

data = pd.read_csv("churn_snapshots.csv")
data["snapshot_month"] = pd.to_datetime(data["snapshot_month"])
data = data.sort_values(["customer_id", "snapshot_month"])

data["ln_charges"] = np.log(data["monthly_charges"].clip(lower=1))
data["ln_usage"] = np.log1p(data["data_usage_gb"])
data["prev_tickets"] = data.groupby("customer_id")["support_tickets"].shift(1).fillna(0)
data["any_delay"] = (data["payment_delay_days"] > 0).astype(int)


def split_by_customer(frame, share, seed):
    ids = frame["customer_id"].unique()
    rng = np.random.default_rng(seed)
    ids = ids[rng.permutation(len(ids))]
    n_out = int(round(share * len(ids)))
    out_ids = set(ids[:n_out])
    mask = frame["customer_id"].isin(out_ids).to_numpy()
    return frame.loc[~mask].copy(), frame.loc[mask].copy()


est, ev = split_by_customer(data, share=0.2, seed=31)
print("estimation", est.shape, "evaluation", ev.shape)

num = ["tenure_months", "ln_charges", "ln_usage", "prev_tickets", "discount_pct"]
centre = est[num].mean()
scale = est[num].std()
for frame in (est, ev):
    frame[num] = (frame[num] - centre) / scale

rhs = " + ".join(num) + " + any_delay + C(contract_type)"
full = smf.logit("churned_next_month ~ " + rhs, data=est).fit(disp=0)
null = smf.logit("churned_next_month ~ 1", data=est).fit(disp=0)

y_ev = ev["churned_next_month"].to_numpy()
p_full = full.predict(ev).to_numpy()
p_null = null.predict(ev).to_numpy()

print(full.params.round(3))
print("\nheld-out customers")
print(f"{'':12s}{'AUC':>8s}{'logloss':>10s}{'Brier':>9s}")
for name, p in [("baseline", p_null), ("logit", p_full)]:
    auc = roc_auc_score(y_ev, p) if np.ptp(p) > 0 else 0.5
    print(f"{name:12s}{auc:8.3f}{log_loss(y_ev, p):10.4f}{brier_score_loss(y_ev, p):9.4f}")

# decile lift on held-out customers
ev = ev.assign(p=p_full)
ev["decile"] = pd.qcut(ev["p"].rank(method="first"), 10, labels=False)
lift = ev.groupby("decile")["churned_next_month"].mean() / y_ev.mean()
print("\nlift by decile (9 = highest risk)")
print(lift.round(2))
