"""NASA C-MAPSS FD001 - remaining useful life (RUL) regression.

Every engine (`unit`) contributes one row per cycle, so validation folds are
built on engines (GroupKFold), never on rows. The official test file holds
different engines and is scored once at their last observed cycle.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

DATA_DIR = "data/CMaps"
COLS = ["unit", "cycle", "op1", "op2", "op3"] + [f"s{i}" for i in range(1, 22)]
# sensors that are flat for FD001 (single operating condition), per the C-MAPSS literature
FLAT = ["op3", "s1", "s5", "s6", "s10", "s16", "s18", "s19"]
RUL_CAP = 125


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(f"{DATA_DIR}/{name}", sep=r"\s+", header=None, names=COLS)


def add_rul(df: pd.DataFrame) -> pd.DataFrame:
    # label: cycles left until the engine's last recorded cycle (run-to-failure data)
    last = df.groupby("unit")["cycle"].transform("max")
    df = df.copy()
    df["RUL"] = (last - df["cycle"]).clip(upper=RUL_CAP)
    return df


def score_nasa(y_true, y_pred) -> float:
    d = np.asarray(y_pred) - np.asarray(y_true)
    return float(np.sum(np.where(d < 0, np.exp(-d / 13) - 1, np.exp(d / 10) - 1)))


train = add_rul(read("train_FD001.txt"))
print(train.shape, "engines:", train["unit"].nunique())
print(train.groupby("unit")["cycle"].max().describe())
print("sensor std (EDA):")
print(train[[c for c in COLS if c.startswith("s")]].std().round(4).sort_values())

features = [c for c in COLS if c not in FLAT + ["unit"]]
X, y, groups = train[features], train["RUL"], train["unit"]

models = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "rf": RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=0),
}
gkf = GroupKFold(n_splits=5)
cv_rmse = {}
for name, model in models.items():
    s = -cross_val_score(model, X, y, groups=groups, cv=gkf, scoring="neg_root_mean_squared_error")
    cv_rmse[name] = s.mean()
    print(f"{name:6s} GroupKFold RMSE {s.mean():.2f} +/- {s.std():.2f}")

best_name = min(cv_rmse, key=cv_rmse.get)
print("selected:", best_name)
model = models[best_name].fit(X, y)

# ---- official evaluation: last cycle of every test engine vs. RUL_FD001.txt
test = read("test_FD001.txt")
last_rows = test.groupby("unit").last().reset_index()
truth = pd.read_csv(f"{DATA_DIR}/RUL_FD001.txt", header=None, names=["RUL"])["RUL"].clip(upper=RUL_CAP)
pred = np.clip(model.predict(last_rows[features]), 0, None)

rmse = np.sqrt(mean_squared_error(truth, pred))
print(f"test engines: {len(last_rows)}")
print(f"test RMSE      : {rmse:.2f}")
print(f"NASA score     : {score_nasa(truth, pred):.1f}")
print(f"constant-mean baseline RMSE: {np.sqrt(mean_squared_error(truth, np.full(len(truth), y.mean()))):.2f}")
