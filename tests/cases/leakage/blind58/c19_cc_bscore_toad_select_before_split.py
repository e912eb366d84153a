"""B-score development script (credit cards).

Steps: data quality -> variable screening (toad) -> account-level split ->
chi-merge coarse classing -> WoE -> logistic regression -> KS / AUC / PSI.
"""
import pandas as pd
import toad
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit
from toad.metrics import AUC, KS, PSI

TARGET = "bad_6m"
KEYS = ["snapshot_id", "account_id", "snapshot_month"]
OUTCOME_COLS = ["charge_off_flag", "recovery_amount"]
RANDOM_STATE = 11


def load():
    df = pd.read_csv("train.csv").drop(columns=OUTCOME_COLS)
    sub = pd.read_csv("test.csv")
    return df, sub


def screen_variables(df):
    """Drop variables that are mostly empty, weak (IV) or highly correlated."""
    screened, dropped = toad.selection.select(
        df, target=TARGET, empty=0.85, iv=0.03, corr=0.75, return_drop=True, exclude=KEYS)
    for reason, cols in dropped.items():
        print(f"  dropped for {reason}: {list(cols)}")
    return screened


def account_split(df, test_size=0.3):
    gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=RANDOM_STATE)
    tr, te = next(gss.split(df, groups=df["account_id"]))
    return df.iloc[tr].reset_index(drop=True), df.iloc[te].reset_index(drop=True)


def main():
    df, sub = load()
    print(f"{len(df)} snapshots, {df['account_id'].nunique()} accounts, bad rate {df[TARGET].mean():.3%}")

    df = screen_variables(df)
    variables = [c for c in df.columns if c not in KEYS + [TARGET]]
    print("variables kept:", variables)

    train, test = account_split(df)
    print(f"train {train.shape} / test {test.shape}")

    combiner = toad.transform.Combiner()
    combiner.fit(train[variables + [TARGET]], y=TARGET, method="chi", min_samples=0.05, n_bins=8)

    woe = toad.transform.WOETransformer()
    train_woe = woe.fit_transform(combiner.transform(train[variables]), train[TARGET])
    test_woe = woe.transform(combiner.transform(test[variables]))

    lr = LogisticRegression(C=0.5, max_iter=2000)
    lr.fit(train_woe, train[TARGET])

    p_train = lr.predict_proba(train_woe)[:, 1]
    p_test = lr.predict_proba(test_woe)[:, 1]
    print(f"train KS={KS(p_train, train[TARGET]):.4f} AUC={AUC(p_train, train[TARGET]):.4f}")
    print(f"test  KS={KS(p_test, test[TARGET]):.4f} AUC={AUC(p_test, test[TARGET]):.4f}")

    psi = PSI(test_woe, train_woe).sort_values(ascending=False)
    print("variable PSI train vs test:\n" + psi.round(4).to_string())

    coef = pd.Series(lr.coef_[0], index=train_woe.columns)
    if (coef < 0).any():
        print("warning: negative WoE coefficients:", list(coef[coef < 0].index))

    sub_woe = woe.transform(combiner.transform(sub[variables]))
    pd.DataFrame({"snapshot_id": sub["snapshot_id"],
                  "prediction": lr.predict_proba(sub_woe)[:, 1]}).to_csv("predictions.csv", index=False)
    print("predictions.csv written")


if __name__ == "__main__":
    main()
