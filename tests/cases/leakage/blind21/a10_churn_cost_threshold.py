"""Churn outreach: choose the score cut-off that minimises expected retention cost."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score

COST_MISS = 240.0      # margin lost when a churner is not contacted
COST_CALL = 18.0       # cost of an outreach call + discount

df = pd.read_csv("churn_snapshots.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"])
df["tickets_3m"] = (df.groupby("customer_id")["support_tickets"]
                      .transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
                      .fillna(0))
df["ln_charges"] = np.log1p(df["monthly_charges"])

vars_ = ["tenure_months", "ln_charges", "support_tickets", "tickets_3m",
         "payment_delay_days", "discount_pct"]
X = df[vars_].to_numpy(float)
y = df["churned_next_month"].to_numpy()
month = df["snapshot_month"].to_numpy()
cust = df["customer_id"].to_numpy()

is_fit = month < np.datetime64("2023-01-01")
is_eval = ~is_fit & ~np.isin(cust, np.unique(cust[is_fit]))

mu, sd = X[is_fit].mean(0), X[is_fit].std(0)
D_fit = sm.add_constant((X[is_fit] - mu) / sd)
D_eval = sm.add_constant((X[is_eval] - mu) / sd, has_constant="add")
mdl = sm.Logit(y[is_fit], D_fit).fit(disp=0)
score = mdl.predict(D_eval)
y_eval = y[is_eval]


def expected_cost(y_true, p, thr):
    call = p >= thr
    fn = np.sum((~call) & (y_true == 1))
    n_call = np.sum(call)
    return (COST_MISS * fn + COST_CALL * n_call) / len(y_true)


grid = np.linspace(0.01, 0.5, 50)
curve = np.array([expected_cost(y_eval, score, t) for t in grid])
best = grid[np.argmin(curve)]

cost_model = expected_cost(y_eval, score, best)
cost_nobody = expected_cost(y_eval, score, 1.01)       # baseline: call nobody
cost_everyone = expected_cost(y_eval, score, -0.01)    # baseline: call everyone

print(f"AUC on evaluation customers: {roc_auc_score(y_eval, score):.3f}")
print(f"chosen threshold {best:.3f}")
print(f"cost per customer  model {cost_model:.2f} | call nobody {cost_nobody:.2f} | call all {cost_everyone:.2f}")
print(f"saving vs best baseline: {min(cost_nobody, cost_everyone) - cost_model:.2f} per customer")
