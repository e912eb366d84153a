"""House prices regression with a fastai tabular learner."""
import numpy as np
import pandas as pd
from fastai.tabular.all import (
    Categorify,
    FillMissing,
    Normalize,
    RandomSplitter,
    TabularPandas,
    range_of,
    rmse,
    tabular_learner,
)

PATH = "data/house-prices/train.csv"
DEP_VAR = "SalePrice"

df = pd.read_csv(PATH)
df[DEP_VAR] = np.log(df[DEP_VAR])

df["TotalSF"] = df["TotalBsmtSF"] + df["1stFlrSF"] + df["2ndFlrSF"]
df["HouseAge"] = df["YrSold"] - df["YearBuilt"]
df["Remodelled"] = (df["YearRemodAdd"] != df["YearBuilt"]).astype(int)
df["TotalPorch"] = df[["OpenPorchSF", "EnclosedPorch", "3SsnPorch", "ScreenPorch"]].sum(axis=1)

# numeric columns with many distinct values are treated as continuous,
# everything else (strings, small integer codes) as categorical
cont_names = [
    c for c in df.columns
    if c != "Id" and df[c].dtype.kind in "if" and df[c].nunique() > 20
]
cat_names = [c for c in df.columns if c not in cont_names and c not in ("Id", DEP_VAR)]
print(f"{len(cont_names)} continuous, {len(cat_names)} categorical")

splits = RandomSplitter(valid_pct=0.2, seed=7)(range_of(df))
to = TabularPandas(
    df,
    procs=[Categorify, FillMissing, Normalize],
    cat_names=cat_names,
    cont_names=cont_names,
    y_names=DEP_VAR,
    splits=splits,
)
dls = to.dataloaders(bs=64)

learn = tabular_learner(dls, layers=[500, 250], y_range=(10.0, 14.0), metrics=rmse)
learn.fit_one_cycle(12, 3e-3, wd=0.1)

preds, targs = learn.get_preds()
valid_rmse = float(np.sqrt(((preds.squeeze() - targs.squeeze()) ** 2).mean()))
print(f"validation RMSE (log price): {valid_rmse:.4f}")
dollars = np.exp(preds.squeeze().numpy())
actual = np.exp(targs.squeeze().numpy())
print(f"validation MAE ($): {np.mean(np.abs(dollars - actual)):,.0f}")
