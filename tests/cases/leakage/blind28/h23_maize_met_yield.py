# Multi-environment maize hybrid trials: predict plot grain yield, validate on unseen trial sites.
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import GroupKFold
from sklearn.metrics import mean_squared_error, r2_score

plots = pd.read_csv("met_maize_2019_2022.csv")
plots = plots[plots["plot_status"] == "ok"].copy()
print(plots["trial"].nunique(), "trials,", plots["hybrid"].nunique(), "hybrids,", len(plots), "plots")

env_cols = ["gdd_season", "rain_season_mm", "rain_flowering_mm", "tmax_flowering", "soil_om_pct",
            "soil_ph", "sand_pct", "n_rate_kg_ha", "plant_density"]
geno_cols = [c for c in plots.columns if c.startswith("pc_geno_")]

plots["days_to_silk"] = plots["silk_doy"] - plots["planting_doy"]
plots["asi"] = plots["silk_doy"] - plots["anthesis_doy"]

site = plots.groupby("trial")
plots["site_mean_yield"] = site["yield_t_ha"].transform("mean")
plots["site_sd_yield"] = site["yield_t_ha"].transform("std")

features = env_cols + geno_cols + ["days_to_silk", "asi", "site_mean_yield", "site_sd_yield"]
data = plots.dropna(subset=features + ["yield_t_ha"])
X, y, trials = data[features], data["yield_t_ha"], data["trial"]

gkf = GroupKFold(n_splits=5)
oof = np.zeros(len(data))
for i, (tr, te) in enumerate(gkf.split(X, y, groups=trials)):
    gbr = GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05,
                                    subsample=0.8, random_state=i)
    gbr.fit(X.iloc[tr], y.iloc[tr])
    oof[te] = gbr.predict(X.iloc[te])
    rmse = mean_squared_error(y.iloc[te], oof[te]) ** 0.5
    print(f"fold {i}: {trials.iloc[te].nunique()} trials, RMSE {rmse:.2f} t/ha")

print("overall RMSE %.2f t/ha, R2 %.3f" % (mean_squared_error(y, oof) ** 0.5, r2_score(y, oof)))
# per-trial correlation between predicted and observed (hybrid ranking)
per_trial = data.assign(pred=oof).groupby("trial")[["yield_t_ha", "pred"]].corr().xs("pred", level=1)
print("median within-trial r:", per_trial["yield_t_ha"].median().round(3))
